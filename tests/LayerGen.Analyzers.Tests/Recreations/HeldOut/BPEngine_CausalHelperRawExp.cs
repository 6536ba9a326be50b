// Variant (our own code) of justinamiller/BPEngine, src/BPEngine.Transformers/MultiHeadAttention.cs: the same causal
// [T, T] score buffer, scaled and masked with -infinity, but the span-slice helper exponentiates the raw scores and
// multiplies by the reciprocal of their sum.
// Layout: flat float[T * T], row i = AsSpan(i * T, T). Bug (LG0003): no maximum subtracted in the helper.
using System;

namespace HeldOut.BPEngineCausalHelperRawExp;

public static class CausalAttention
{
    public static void Weights(float[] scores, int tokens, int headDim)
    {
        float scale = 1f / MathF.Sqrt(headDim);
        for (int i = 0; i < tokens; i++)
        {
            for (int j = 0; j < tokens; j++)
            {
                int at = i * tokens + j;
                scores[at] = j > i ? float.NegativeInfinity : scores[at] * scale;
            }

            SoftmaxInPlace(scores.AsSpan(i * tokens, tokens));
        }
    }

    private static void SoftmaxInPlace(Span<float> row)
    {
        float sum = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            row[j] = MathF.Exp(row[j]); //~ LG0003
            sum += row[j];
        }

        float inverse = 1f / sum;
        for (int j = 0; j < row.Length; j++)
        {
            row[j] *= inverse;
        }
    }
}
