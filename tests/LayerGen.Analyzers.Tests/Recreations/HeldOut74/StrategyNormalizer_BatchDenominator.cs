// Idiom: a strategy object — `INormalizer.Denominator(exps, row)` is asked for each row's denominator; the
// `BatchDenominator` strategy (primary-constructor injection into `SoftmaxHead`) ignores `row` and sums every row.
// Use: a classifier head with a pluggable denominator.
// Layout: jagged float[batch][classes]; exps built with `Array.ConvertAll`, per-row max with LINQ `Max()`.
// Bug: LG0002 — the strategy's sum runs over the whole batch, not over the row it is asked about.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut74.StrategyNormalizer_BatchDenominator;

public interface INormalizer
{
    float Denominator(float[][] exps, int row);
}

public sealed class BatchDenominator : INormalizer
{
    public float Denominator(float[][] exps, int row)
    {
        float total = 0f;
        foreach (float[] r in exps)
        {
            foreach (float e in r)
            {
                total += e; //~ LG0002
            }
        }

        return total;
    }
}

public sealed class SoftmaxHead(INormalizer normalizer)
{
    public float[][] Forward(float[][] logits)
    {
        var exps = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            float hi = logits[i].Max();
            exps[i] = Array.ConvertAll(logits[i], v => MathF.Exp(v - hi));
        }

        var probs = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            float d = normalizer.Denominator(exps, i);
            probs[i] = Array.ConvertAll(exps[i], e => e / d);
        }

        return probs;
    }
}
