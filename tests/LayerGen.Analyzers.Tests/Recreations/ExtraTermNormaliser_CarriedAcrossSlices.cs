// Bug variants: a softmax with one extra option (a dummy antecedent, a "none" class) whose denominator is written as
// the sum of the logits' exps plus the extra term at the division, `normaliser + dummy`. The sum is declared above
// the loop over slices and never reset, so it carries every earlier slice's weights: later slices sum to less than 1
// (LG0002 at the accumulation).
// Source: e2e-coref antecedent softmax ports (Lee et al. 2017) and null-option answer-span scorers in C#.
// Layouts: float[,] rows with a fixed-score "none" class; jagged double[][] divided through a reciprocal of
// `sum + Math.Exp(...)`; flat Span<float> with the extra term on the left (`dummy + acc`); List<double[]> walked by
// foreach.
using System;
using System.Collections.Generic;

namespace Recreations.ExtraTermNormaliserCarriedAcrossSlices;

public static class CarriedAcrossSlices
{
    public static void RectangularNone(float[,] logits, float[,] probabilities, float[] none)
    {
        float z = 0f;
        for (int r = 0; r < logits.GetLength(0); r++)
        {
            float m = 0f;
            for (int c = 0; c < logits.GetLength(1); c++)
                m = MathF.Max(m, logits[r, c]);

            float noneWeight = MathF.Exp(-m);
            for (int c = 0; c < logits.GetLength(1); c++)
            {
                probabilities[r, c] = MathF.Exp(logits[r, c] - m);
                z += probabilities[r, c]; //~ LG0002
            }

            float denominator = z + noneWeight;
            for (int c = 0; c < logits.GetLength(1); c++)
                probabilities[r, c] /= denominator;
            none[r] = noneWeight / denominator;
        }
    }

    public static void JaggedReciprocal(double[][] scores, double[][] probabilities)
    {
        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double best = 0;
            for (int j = 0; j < scores[i].Length; j++)
                if (scores[i][j] > best) best = scores[i][j];

            for (int j = 0; j < scores[i].Length; j++)
            {
                probabilities[i][j] = Math.Exp(scores[i][j] - best);
                sum += probabilities[i][j]; //~ LG0002
            }

            double inverse = 1.0 / (sum + Math.Exp(0.0 - best));
            for (int j = 0; j < scores[i].Length; j++)
                probabilities[i][j] *= inverse;
        }
    }

    public static void FlatDummyFirst(ReadOnlySpan<float> scores, int width, Span<float> probabilities, Span<float> dummies)
    {
        float acc = 0f;
        for (int offset = 0; offset < scores.Length; offset += width)
        {
            float best = 0f;
            for (int j = 0; j < width; j++)
                best = MathF.Max(best, scores[offset + j]);

            float dummy = MathF.Exp(-best);
            for (int j = 0; j < width; j++)
            {
                probabilities[offset + j] = MathF.Exp(scores[offset + j] - best);
                acc += probabilities[offset + j]; //~ LG0002
            }

            float denom = dummy + acc;
            for (int j = 0; j < width; j++)
                probabilities[offset + j] /= denom;
            dummies[offset / width] = dummy / denom;
        }
    }

    public static List<double[]> ForeachMentions(List<double[]> mentions)
    {
        var result = new List<double[]>();
        double normaliser = 0;
        foreach (var scores in mentions)
        {
            double best = 0;
            foreach (double s in scores) best = Math.Max(best, s);

            var p = new double[scores.Length];
            for (int j = 0; j < scores.Length; j++)
            {
                p[j] = Math.Exp(scores[j] - best);
                normaliser += p[j]; //~ LG0002
            }

            double total = normaliser + Math.Exp(-best);
            for (int j = 0; j < p.Length; j++) p[j] /= total;
            result.Add(p);
        }

        return result;
    }
}
