// Idiom: extension methods on spans (`this Span<float>` in-place softmax, as in NN01's MathEx `Softmax(this Span<float>)`)
// and a batch extension on `float[][]` that calls it per row through `AsSpan()`; `foreach (ref float v in row)`.
// Layout: jagged `float[][]`, one softmax per inner array. Correct.
using System;

namespace HeldOut55.SpanExtensions_JaggedRows;

public static class SpanSoftmaxExtensions
{
    /// <summary>Replaces the values of <paramref name="row"/> by their softmax.</summary>
    public static void SoftmaxInPlace(this Span<float> row)
    {
        float max = float.MinValue;
        foreach (float v in row)
        {
            if (v > max) max = v;
        }

        float sum = 0f;
        foreach (ref float v in row)
        {
            v = MathF.Exp(v - max);
            sum += v;
        }

        foreach (ref float v in row)
        {
            v /= sum;
        }
    }

    /// <summary>Applies <see cref="SoftmaxInPlace(Span{float})"/> to every row of a jagged batch.</summary>
    public static float[][] SoftmaxRows(this float[][] batch)
    {
        var result = new float[batch.Length][];
        for (int r = 0; r < batch.Length; r++)
        {
            result[r] = (float[])batch[r].Clone();
            result[r].AsSpan().SoftmaxInPlace();
        }

        return result;
    }
}
