# bash completion for chainmap                                  -*- shell-script -*-
# Subcommands, options, rule ids (explain, --rule), view names, the journey ids (--journey) and
# impact references (departments, roles, partners, touchpoint:ID, persona:ID) of the model in
# the current directory. Words come from `chainmap __complete`.

_chainmap_words() {
    command chainmap __complete "$@" 2>/dev/null
}

_chainmap() {
    local cur prev cmd i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    cmd=
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --color) ((i++)) ;;
            -*) ;;
            *) cmd=${COMP_WORDS[i]}; break ;;
        esac
    done

    case $prev in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --rule)
            compopt -o nospace 2>/dev/null || true
            COMPREPLY=($(compgen -W "$(_chainmap_words rules | sed 's/$/=/')" -- "$cur"))
            return ;;
        --journey)
            local model=chainmap.yaml
            for ((i = COMP_CWORD - 1; i > 0; i--)); do
                case ${COMP_WORDS[i]} in *.yaml|*.yml) model=${COMP_WORDS[i]}; break ;; esac
            done
            COMPREPLY=($(compgen -W "$(_chainmap_words journeys "$model")" -- "$cur"))
            return ;;
        --of) COMPREPLY=($(compgen -W "raci touchpoints" -- "$cur")); return ;;
        -f|--format)
            local formats
            case $cmd in
                validate|'') formats="text json sarif github gitlab junit html" ;;
                render) formats="dot svg png pdf mermaid" ;;
                matrix) formats="text csv markdown html" ;;
                diff) formats="text json markdown" ;;
                rules) formats="text json markdown" ;;
                *) formats="text json" ;;
            esac
            COMPREPLY=($(compgen -W "$formats" -- "$cur"))
            return ;;
        --output-format)
            compopt -o nospace 2>/dev/null || true
            COMPREPLY=($(compgen -W "text= json= sarif= github= gitlab= junit= html=" -- "$cur"))
            return ;;
        -o|--output|--baseline)
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
    esac

    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--color --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(_chainmap_words commands)" -- "$cur"))
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        local opts
        opts=$(command chainmap "$cmd" --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u)
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi

    case $cmd in
        explain) COMPREPLY=($(compgen -W "$(_chainmap_words rules)" -- "$cur")) ;;
        render)
            local have_view=
            for ((i = i + 1; i < COMP_CWORD; i++)); do
                case ${COMP_WORDS[i]} in chain|journey|blueprint|handovers|experience) have_view=1 ;; esac
            done
            if [[ -z $have_view ]]; then
                COMPREPLY=($(compgen -W "$(_chainmap_words views)" -- "$cur"))
            else
                COMPREPLY=($(compgen -f -X '!*.@(yaml|yml)' -- "$cur") $(compgen -d -- "$cur"))
            fi ;;
        init) COMPREPLY=($(compgen -d -- "$cur")) ;;
        impact)
            # The first word after `impact` is the reference (touchpoint:ID, persona:ID or a
            # party), then the model. Bash splits words at ':', so read the line as typed.
            local line current= n=0 w skip=
            local -a typed
            if [[ -n ${COMP_LINE-} ]]; then
                line=${COMP_LINE:0:${COMP_POINT:-${#COMP_LINE}}}
            else
                line="${COMP_WORDS[*]:0:COMP_CWORD+1}"
            fi
            read -ra typed <<<"${line#*impact}"
            if [[ $line != *[[:space:]] && ${#typed[@]} -gt 0 ]]; then
                current=${typed[-1]}
                unset 'typed[-1]'
            fi
            for w in "${typed[@]}"; do
                if [[ -n $skip ]]; then skip=; continue; fi
                case $w in -o|--output|-f|--format|--rule) skip=1 ;; -*) ;; *) ((n++)) ;; esac
            done
            if ((n == 0)); then
                COMPREPLY=($(compgen -W "$(_chainmap_words refs chainmap.yaml)" -- "$current"))
                # Bash replaces only the part after the last ':'; drop what comes before it.
                if [[ $COMP_WORDBREAKS == *:* && $current == *:* ]]; then
                    local head=${current%"${current##*:}"}
                    COMPREPLY=("${COMPREPLY[@]#"$head"}")
                fi
            else
                COMPREPLY=($(compgen -f -X '!*.@(yaml|yml)' -- "$cur") $(compgen -d -- "$cur"))
            fi ;;
        rules|schema|lsp) ;;
        *) COMPREPLY=($(compgen -f -X '!*.@(yaml|yml|json)' -- "$cur") $(compgen -d -- "$cur")) ;;
    esac
}
complete -F _chainmap chainmap
