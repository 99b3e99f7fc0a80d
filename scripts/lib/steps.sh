# Runs steps two at a time: the machines have two cores, and a type check or a build uses one.
# Each argument is a command line (usually one of our shell functions with its arguments). A
# step's output is held and printed whole when it ends, so the log still reads step by step.
# Returns non-zero when any step failed, after all have ended.
two_at_a_time() {
  local logs failed=0 i
  logs="$(mktemp -d)"
  local -A index_of=()
  local -a steps=("$@")
  for ((i = 0; i < ${#steps[@]}; i++)); do
    while ((${#index_of[@]} >= 2)); do _end_one_step || failed=1; done
    (eval "${steps[i]}") >"$logs/$i" 2>&1 &
    index_of[$!]=$i
  done
  while ((${#index_of[@]} > 0)); do _end_one_step || failed=1; done
  rm -rf "$logs"
  return "$failed"
}

# Waits until one of the running steps has ended and prints its output (uses two_at_a_time's
# locals). It polls: without job control, `wait -n` misses a step that ended before the call.
_end_one_step() {
  local pid status=0
  while :; do
    for pid in "${!index_of[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" || status=$?
        cat "$logs/${index_of[$pid]}"
        unset "index_of[$pid]"
        return "$status"
      fi
    done
    sleep 0.2
  done
}
