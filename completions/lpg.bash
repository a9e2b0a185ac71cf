# SPDX-License-Identifier: MIT
# bash completion for lpg: a thin adaptor over `lpg __complete WORDS...`, which knows every
# command and option and the names stored in the database. Installed as
# share/bash-completion/completions/lpg; or `source` this file from ~/.bashrc.

# The word as lpg will see it: an opening quote dropped, backslash escapes undone.
_lpg_dequote() {
  local w=$1
  case $w in
    \"*) w=${w#\"} ;;
    \'*) w=${w#\'} ;;
    *) w=$(printf '%s' "$w" | sed 's/\\\(.\)/\1/g') ;;
  esac
  printf '%s' "$w"
}

_lpg() {
  local i w words=() lpg=${COMP_WORDS[0]/#\~/$HOME}
  # bash splits "--group=Bic" at '=' (COMP_WORDBREAKS): join it back into one word.
  for ((i = 1; i <= COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    if ((${#words[@]} > 0)) && [[ $w == "=" || ${words[-1]} == -*= ]]; then
      words[-1]+=$w
    else
      words+=("$w")
    fi
  done
  ((${#words[@]} > 0)) || words=("")
  local cur=${words[-1]} quoted=
  [[ $cur == [\"\']* ]] && quoted=1
  [[ $cur == -*=* ]] && cur=${cur#*=} # lpg answers "--group=NAME"; bash replaces NAME alone

  local out=() c
  mapfile -t out < <("$lpg" __complete "${words[@]:0:${#words[@]}-1}" \
    "$(_lpg_dequote "${words[-1]}")" 2>/dev/null)
  COMPREPLY=()
  for c in "${out[@]}"; do
    [[ ${words[-1]} == -*=* ]] && c=${c#*=}
    if [[ -n $quoted ]]; then
      COMPREPLY+=("$c")
    else
      COMPREPLY+=("$(printf '%q' "$c")")
    fi
  done
}

complete -o default -F _lpg lpg
