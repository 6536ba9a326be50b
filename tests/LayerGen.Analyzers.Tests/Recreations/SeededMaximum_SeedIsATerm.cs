// Correct twins: a softmax over the logits plus one extra option with a fixed score (e2e-coref's dummy antecedent ε
// at score 0, a "none of these" class, a null action), where the running maximum starts at that fixed score and is
// folded over every logit of the slice. The seed's own exp, exp(c − max), is a term of the same normalisation, so the
// shift is the maximum of every exponentiated value: all exponents ≤ 0, one is 0, no overflow and no 0 / 0.
// Source: e2e-coref's antecedent softmax (Lee et al. 2017; `tf.concat([dummy_scores, antecedent_scores], 1)` then
// softmax) as C# ports write it with the dummy kept apart; null-option softmaxes of answer-span and slot-filling code.
// Layouts: jagged double[][] with `0.0 - best`; ReadOnlySpan<float> with a const score; float[,] with a non-zero
// fixed score (−2); List<double> with a learned per-mention dummy score as the seed.
using System;
using System.Collections.Generic;

namespace Recreations.SeededMaximumSeedIsATerm;

public static class SeedIsATerm
{
    public static void JaggedDummy(double[][] scores, double[][] probabilities, double[] dummy)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            double best = 0.0;
            foreach (double s in scores[i])
                best = Math.Max(best, s);

            double none = Math.Exp(0.0 - best);
            double total = none;
            for (int j = 0; j < scores[i].Length; j++)
            {
                probabilities[i][j] = Math.Exp(scores[i][j] - best);
                total += probabilities[i][j];
            }

            dummy[i] = none / total;
            for (int j = 0; j < scores[i].Length; j++)
                probabilities[i][j] /= total;
        }
    }

    private const float NullScore = 0f;

    public static float SpanWithNullOption(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        float best = NullScore;
        for (int j = 0; j < logits.Length; j++)
            if (logits[j] > best) best = logits[j];

        float nullWeight = MathF.Exp(NullScore - best);
        float sum = 0f;
        for (int j = 0; j < logits.Length; j++)
        {
            probabilities[j] = MathF.Exp(logits[j] - best);
            sum += probabilities[j];
        }

        float z = sum + nullWeight;
        for (int j = 0; j < logits.Length; j++)
            probabilities[j] /= z;
        return nullWeight / z;
    }

    public static void RectangularFixedScore(float[,] logits, float[,] probabilities, float[] rest)
    {
        for (int r = 0; r < logits.GetLength(0); r++)
        {
            float m = -2f;
            for (int c = 0; c < logits.GetLength(1); c++)
                m = MathF.Max(m, logits[r, c]);

            float other = MathF.Exp(-2f - m);
            float z = other;
            for (int c = 0; c < logits.GetLength(1); c++)
            {
                probabilities[r, c] = MathF.Exp(logits[r, c] - m);
                z += probabilities[r, c];
            }

            for (int c = 0; c < logits.GetLength(1); c++)
                probabilities[r, c] /= z;
            rest[r] = other / z;
        }
    }

    public static List<double> LearnedDummy(List<double> scores, double dummyScore)
    {
        double best = dummyScore;
        foreach (double s in scores)
            best = Math.Max(best, s);

        double dummy = Math.Exp(dummyScore - best);
        double total = dummy;
        var result = new List<double>(scores.Count + 1) { dummy };
        foreach (double s in scores)
        {
            double e = Math.Exp(s - best);
            result.Add(e);
            total += e;
        }

        for (int k = 0; k < result.Count; k++)
            result[k] /= total;
        return result;
    }
}
