// Correct twins of ExtraTermNormaliser_CarriedAcrossSlices: the sum of the logits' exps is reset for every slice and
// the extra option's term (exp of its fixed score minus the slice maximum, the maximum seeded at that score) is added
// at the division, `sum + dummy`. Each slice's probabilities and its extra option's sum to 1.
// Source: e2e-coref antecedent softmax (Lee et al. 2017) and null-option answer-span scorers, as C# ports write them.
// Layouts: float[,] rows; jagged double[][] with a reciprocal; flat Span<float> with `dummy + acc`; a packed lower
// triangle (mention i's antecedents j < i at a running offset).
using System;

namespace Recreations.ExtraTermNormaliserResetPerSlice;

public static class ResetPerSlice
{
    public static void RectangularNone(float[,] logits, float[,] probabilities, float[] none)
    {
        for (int r = 0; r < logits.GetLength(0); r++)
        {
            float m = 0f;
            for (int c = 0; c < logits.GetLength(1); c++)
                m = MathF.Max(m, logits[r, c]);

            float noneWeight = MathF.Exp(-m);
            float z = 0f;
            for (int c = 0; c < logits.GetLength(1); c++)
            {
                probabilities[r, c] = MathF.Exp(logits[r, c] - m);
                z += probabilities[r, c];
            }

            float denominator = z + noneWeight;
            for (int c = 0; c < logits.GetLength(1); c++)
                probabilities[r, c] /= denominator;
            none[r] = noneWeight / denominator;
        }
    }

    public static void JaggedReciprocal(double[][] scores, double[][] probabilities)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            double best = 0;
            for (int j = 0; j < scores[i].Length; j++)
                if (scores[i][j] > best) best = scores[i][j];

            double sum = 0;
            for (int j = 0; j < scores[i].Length; j++)
            {
                probabilities[i][j] = Math.Exp(scores[i][j] - best);
                sum += probabilities[i][j];
            }

            double inverse = 1.0 / (sum + Math.Exp(0.0 - best));
            for (int j = 0; j < scores[i].Length; j++)
                probabilities[i][j] *= inverse;
        }
    }

    public static void FlatDummyFirst(ReadOnlySpan<float> scores, int width, Span<float> probabilities, Span<float> dummies)
    {
        for (int offset = 0; offset < scores.Length; offset += width)
        {
            float best = 0f;
            for (int j = 0; j < width; j++)
                best = MathF.Max(best, scores[offset + j]);

            float dummy = MathF.Exp(-best);
            float acc = 0f;
            for (int j = 0; j < width; j++)
            {
                probabilities[offset + j] = MathF.Exp(scores[offset + j] - best);
                acc += probabilities[offset + j];
            }

            float denom = dummy + acc;
            for (int j = 0; j < width; j++)
                probabilities[offset + j] /= denom;
            dummies[offset / width] = dummy / denom;
        }
    }

    public static void PackedTriangle(double[] pairScores, int mentions, double[] antecedent, double[] dummy)
    {
        int offset = 0;
        for (int i = 0; i < mentions; i++)
        {
            double best = 0;
            for (int j = 0; j < i; j++)
                best = Math.Max(best, pairScores[offset + j]);

            double normaliser = 0;
            for (int j = 0; j < i; j++)
            {
                antecedent[offset + j] = Math.Exp(pairScores[offset + j] - best);
                normaliser += antecedent[offset + j];
            }

            double epsilon = Math.Exp(-best);
            double denominator = normaliser + epsilon;
            dummy[i] = epsilon / denominator;
            for (int j = 0; j < i; j++)
                antecedent[offset + j] /= denominator;
            offset += i;
        }
    }
}
