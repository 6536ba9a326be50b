// Re-creates: NeuralNetwork.NET CpuDnn softmax (Parallel.For over samples) with the row max computed by a private
// helper that returns it through an out parameter.
// Layout: flat [batch, features] row-major, Span row slices inside the lambda; softmax axis = features. float.
// Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut3.ParallelForRowsOutMax;

public static class CpuSoftmax
{
    public static void Forward(float[] input, float[] output, int batch, int features)
    {
        Parallel.For(0, batch, b =>
        {
            var row = new ReadOnlySpan<float>(input, b * features, features);
            var dst = new Span<float>(output, b * features, features);
            RowMax(row, out float max);

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                dst[j] = MathF.Exp(row[j] - max);
                sum += dst[j];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= sum;
            }
        });
    }

    private static void RowMax(ReadOnlySpan<float> row, out float max)
    {
        max = row[0];
        for (int j = 1; j < row.Length; j++)
        {
            if (row[j] > max)
            {
                max = row[j];
            }
        }
    }
}
