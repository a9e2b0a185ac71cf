# SPDX-License-Identifier: MIT
# fish completion for lpg: a thin adaptor over `lpg __complete WORDS...`, which knows every
# command and option and the names stored in the database. Installed as
# share/fish/vendor_completions.d/lpg.fish.

function __lpg_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct | string unescape)
    set -l out ($tokens[1] __complete $tokens[2..-1] "$current" 2>/dev/null)
    if test (count $out) -eq 0
        __fish_complete_path $current
    else
        printf '%s\n' $out
    end
end

complete -c lpg -f -a '(__lpg_complete)'
