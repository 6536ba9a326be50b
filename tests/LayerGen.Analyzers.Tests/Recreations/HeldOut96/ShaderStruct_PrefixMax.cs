// known gap: the kernel struct Execute(threadId) is dispatched from another type, so its prefix max (0 .. row end) is not tied to the row it normalises
// gap: -LG0001@28
// Idiom: shader-style struct with an Execute(int threadId) method (one thread per row) and a dispatch loop.
// Use: per-row softmax kernel; the thread scans for the max before exponentiating its row.
// Layout: flat double[rows * cols], row-major; thread t owns [t * cols, (t + 1) * cols).
// Bug (LG0001): the max scan starts at index 0 of the buffer instead of the row start, so it covers every earlier row
// as well (a prefix of the batch); a row far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.ShaderStruct_PrefixMax;

public struct RowSoftmaxShader
{
    public double[] Source;
    public double[] Target;
    public int Cols;

    public readonly void Execute(int threadId)
    {
        int begin = threadId * Cols;
        int end = begin + Cols;

        double peak = double.NegativeInfinity;
        for (int i = 0; i < end; i++)
        {
            if (Source[i] > peak) peak = Source[i]; //~ LG0001
        }

        double norm = 0.0;
        for (int i = begin; i < end; i++)
        {
            Target[i] = double.Exp(Source[i] - peak);
            norm += Target[i];
        }

        for (int i = begin; i < end; i++)
        {
            Target[i] /= norm;
        }
    }
}

public static class Runner
{
    public static double[] Run(double[] source, int rows, int cols)
    {
        var shader = new RowSoftmaxShader { Source = source, Target = new double[source.Length], Cols = cols };
        for (int t = 0; t < rows; t++)
        {
            shader.Execute(t);
        }

        return shader.Target;
    }
}
