// Re-creation (our own code, pattern: n-gram / vocabulary samplers keeping scores per token in a dictionary, no single
// source file read; see HeldOut/Dictionary_ShiftedVocab.cs) of the correct twins of Dictionary_RawScores.cs: the
// largest score is subtracted before exp (`Values.Max()`, `Max(kv => kv.Value)`, a loop over the keys).
// Layouts: IReadOnlyDictionary<string, double>, Dictionary<string, double>, Dictionary<int, float>. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DictionaryShiftedScores;

public static class TokenSoftmax
{
    public static Dictionary<string, double> Deconstructed(IReadOnlyDictionary<string, double> logits)
    {
        double max = logits.Values.Max();
        var probabilities = new Dictionary<string, double>();
        double z = 0;
        foreach (var (token, score) in logits)
        {
            double e = Math.Exp(score - max);
            probabilities[token] = e;
            z += e;
        }

        foreach (string token in probabilities.Keys.ToList())
        {
            probabilities[token] /= z;
        }

        return probabilities;
    }

    public static Dictionary<string, double> Linq(Dictionary<string, double> logits)
    {
        double max = logits.Max(kv => kv.Value);
        var exps = logits.ToDictionary(kv => kv.Key, kv => Math.Exp(kv.Value - max));
        double total = exps.Values.Sum();
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value / total);
    }

    public static Dictionary<int, float> ByClassId(Dictionary<int, float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (int id in scores.Keys)
        {
            max = MathF.Max(max, scores[id]);
        }

        var e = new Dictionary<int, float>(scores.Count);
        float sum = 0f;
        foreach (int id in scores.Keys)
        {
            e[id] = MathF.Exp(scores[id] - max);
            sum += e[id];
        }

        foreach (int id in scores.Keys)
        {
            e[id] /= sum;
        }

        return e;
    }
}
