// Source: Parallel.For softmax in C# DL libraries (NeuralNetwork.NET CpuDnn / SharpLearning-style batch code)
// using the localInit overload to give every worker its own scratch row of exps.
// Layout: row-major [rows, cols] double; Parallel.For(0, rows, localInit, body, localFinally); per-row max and sum.
// Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.HeldOut4.ParallelForLocalInitScratch;

public static class ParallelSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        Parallel.For(
            0,
            rows,
            () => new double[cols],
            (r, _, scratch) =>
            {
                int start = r * cols;
                double max = x[start];
                for (int c = 1; c < cols; c++)
                    max = x[start + c] > max ? x[start + c] : max;

                double sum = 0.0;
                for (int c = 0; c < cols; c++)
                {
                    scratch[c] = Math.Exp(x[start + c] - max);
                    sum += scratch[c];
                }

                for (int c = 0; c < cols; c++)
                    y[start + c] = scratch[c] / sum;
                return scratch;
            },
            _ => { });
    }
}
