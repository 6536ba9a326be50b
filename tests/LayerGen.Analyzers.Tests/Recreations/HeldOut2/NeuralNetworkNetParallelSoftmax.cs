// Re-creates: NeuralNetwork.NET (Sergio0694/NeuralNetwork.NET) NeuralNetworkNET/cpuDNN/CpuDnn.Activations.cs, Softmax with Parallel.For over rows
// Layout: flat float[] row-major [n, l], Span<float> row slices inside a Parallel.For lambda
// Expected: Correct
using System;
using System.Threading.Tasks;

namespace HeldOut2.NeuralNetworkNetParallelSoftmax;

public static class CpuDnn
{
    public static void Softmax(float[] x, int n, int l, float[] y)
    {
        Parallel.For(0, n, i =>
        {
            ReadOnlySpan<float> row = x.AsSpan(i * l, l);
            Span<float> target = y.AsSpan(i * l, l);
            float max = float.MinValue;
            for (int j = 0; j < l; j++)
            {
                if (row[j] > max) max = row[j];
            }

            float sum = 0;
            for (int j = 0; j < l; j++)
            {
                float e = MathF.Exp(row[j] - max);
                target[j] = e;
                sum += e;
            }

            for (int j = 0; j < l; j++)
            {
                target[j] /= sum;
            }
        });
    }
}
