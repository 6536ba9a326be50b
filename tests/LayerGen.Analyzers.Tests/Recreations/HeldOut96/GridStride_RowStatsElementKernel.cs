// Idiom: grid-stride loop — a fixed grid of "threads", each walking elements i = tid, tid + gridSize, ...
// Use: softmax in two launches: a per-row statistics kernel (max, then sum of shifted exps), then an element-wise
// normalisation kernel that finds its row as i / classes.
// Layout: flat double[batch * classes], row-major; per-row statistics in double[batch] buffers.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.GridStride_RowStatsElementKernel;

public static class GridStrideSoftmax
{
    private const int GridSize = 7;

    public static double[] Forward(double[] x, int batch, int classes)
    {
        var rowMax = new double[batch];
        var rowSum = new double[batch];
        Parallel.For(0, batch, r => RowStatsKernel(r, x, classes, rowMax, rowSum));

        var y = new double[x.Length];
        Parallel.For(0, GridSize, tid => NormalizeKernel(tid, x, y, classes, rowMax, rowSum));
        return y;
    }

    private static void RowStatsKernel(int r, double[] x, int classes, double[] rowMax, double[] rowSum)
    {
        int start = r * classes;
        double m = x[start];
        for (int i = start + 1; i < start + classes; i++)
        {
            m = Math.Max(m, x[i]);
        }

        double s = 0.0;
        for (int i = start; i < start + classes; i++)
        {
            s += Math.Exp(x[i] - m);
        }

        rowMax[r] = m;
        rowSum[r] = s;
    }

    private static void NormalizeKernel(int tid, double[] x, double[] y, int classes, double[] rowMax, double[] rowSum)
    {
        for (int i = tid; i < x.Length; i += GridSize)
        {
            int r = i / classes;
            y[i] = Math.Exp(x[i] - rowMax[r]) / rowSum[r];
        }
    }
}
