// Idiom: FrozenDictionary<string, double[]> read with KeyValuePair deconstruction, result built with ToFrozenDictionary.
// Use: multi-task model, one logit vector per task head, looked up many times after being frozen.
// Layout: FrozenDictionary<string, double[]>, one softmax per key.
// Correct: per key, `logits.Max()` and `exps.Sum()` cover that head only.
// Our own code.
#nullable enable
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut85.FrozenDictionary_PerHead;

public static class TaskHeads
{
    public static FrozenDictionary<string, double[]> Softmax(FrozenDictionary<string, double[]> heads)
    {
        var result = new Dictionary<string, double[]>(heads.Count);
        foreach (var (task, logits) in heads)
        {
            double top = logits.Max();
            double[] exps = Array.ConvertAll(logits, z => Math.Exp(z - top));
            double sum = exps.Sum();
            result[task] = Array.ConvertAll(exps, e => e / sum);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
