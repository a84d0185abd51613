-- Neovim's built-in LSP client attached to `chainmap lsp` (tests/lsp/nvim_test.py drives it):
-- opens CHAINMAP_FILE, waits until CHAINMAP_EXPECT diagnostics have arrived (or the time is
-- up), asks hover and definition on an owner reference at CHAINMAP_OWNER_LINE/COL (1-based,
-- byte column), stops the server and writes what Neovim received to CHAINMAP_OUT as JSON.
local bin = os.getenv('CHAINMAP_BIN')
local file = os.getenv('CHAINMAP_FILE')
local out = os.getenv('CHAINMAP_OUT')
local expect = tonumber(os.getenv('CHAINMAP_EXPECT'))
local wait_ms = tonumber(os.getenv('CHAINMAP_WAIT_MS') or '240000')
local root = vim.fn.fnamemodify(file, ':p:h')

local exit_code = nil
local id = vim.lsp.start_client({
  name = 'chainmap',
  cmd = { bin, 'lsp' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'model' } },
  on_exit = function(code) exit_code = code end,
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, id)

local function count()
  return #vim.diagnostic.get()
end
local complete = vim.wait(wait_ms, function() return count() >= expect end, 50)

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get()) do
  table.insert(diagnostics, {
    file = vim.api.nvim_buf_get_name(d.bufnr),
    line = d.lnum + 1,
    column = d.col + 1,
    severity = d.severity,
    message = d.message,
    code = d.code,
    source = d.source,
  })
end

-- Hover and definition on an owner reference, through Neovim's request API.
local result = { complete = complete, diagnostics = diagnostics }
local line = tonumber(os.getenv('CHAINMAP_OWNER_LINE') or '0')
if line > 0 then
  local col = tonumber(os.getenv('CHAINMAP_OWNER_COL'))
  local text = vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1]
  local character = vim.str_utfindex(text, col - 1)
  local params = { textDocument = vim.lsp.util.make_text_document_params(0),
                   position = { line = line - 1, character = character } }
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 60000) or {}
  local definition = vim.lsp.buf_request_sync(0, 'textDocument/definition', params, 60000) or {}
  for _, r in pairs(hover) do result.hover = r.result and r.result.contents and r.result.contents.value end
  for _, r in pairs(definition) do result.definition = r.result end
end

vim.lsp.get_client_by_id(id).stop()
vim.wait(60000, function() return exit_code ~= nil end, 50)
result.exit = exit_code

local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
