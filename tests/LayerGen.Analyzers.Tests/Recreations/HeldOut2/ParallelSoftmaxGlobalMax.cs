// Re-creates: NeuralNetwork.NET (Sergio0694/NeuralNetwork.NET) NeuralNetworkNET/cpuDNN/CpuDnn.Activations.cs, with the max taken once before Parallel.For
// Layout: flat float[] row-major [n, l], Parallel.For lambda per row
// Expected: LG0001 — the max is over the whole buffer
using System;
using System.Threading.Tasks;

namespace HeldOut2.ParallelSoftmaxGlobalMax;

public static class CpuDnn
{
    public static void Softmax(float[] x, int n, int l, float[] y)
    {
        float max = float.MinValue;
        foreach (float value in x)
        {
            if (value > max) max = value; //~ LG0001
        }

        Parallel.For(0, n, i =>
        {
            int offset = i * l;
            float sum = 0;
            for (int j = 0; j < l; j++)
            {
                float e = MathF.Exp(x[offset + j] - max);
                y[offset + j] = e;
                sum += e;
            }

            for (int j = 0; j < l; j++)
            {
                y[offset + j] /= sum;
            }
        });
    }
}
