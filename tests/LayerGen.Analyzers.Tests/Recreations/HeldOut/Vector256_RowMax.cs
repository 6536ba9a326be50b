// Re-creation (our own code) of the Vector256 max reduction in nijnstein/NN01, NN01/src/base/extensions/MathEx
// (Max(this Span<float>) with Vector256<float> lanes and a scalar tail) used by its Softmax(this Span<float>, ...):
// the row maximum is reduced 8 lanes at a time with Vector256.Max, then exps and sum are scalar.
// Layout: flat float[], rows as Span<float> slices, Vector256<float> loads. Correct.
using System;
using System.Runtime.Intrinsics;

namespace HeldOut.Vector256RowMax;

public static class MathEx
{
    public static void SoftmaxRows(float[] data, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int offset = r * cols;
            Span<float> row = data.AsSpan(offset, cols);
            float max = float.NegativeInfinity;
            int i = 0;
            if (row.Length >= Vector256<float>.Count)
            {
                var lanes = Vector256.Create(float.NegativeInfinity);
                for (; i <= row.Length - Vector256<float>.Count; i += Vector256<float>.Count)
                {
                    lanes = Vector256.Max(lanes, Vector256.Create(data, offset + i));
                }

                for (int k = 0; k < Vector256<float>.Count; k++)
                {
                    max = MathF.Max(max, lanes.GetElement(k));
                }
            }

            for (; i < row.Length; i++)
            {
                max = MathF.Max(max, row[i]);
            }

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }
}
