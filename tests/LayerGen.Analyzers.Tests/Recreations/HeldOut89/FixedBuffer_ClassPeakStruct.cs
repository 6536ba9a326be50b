// Idiom: a `fixed double Peak[16]` statistics struct on the stack, filled from rows read through a pinned pointer.
// Use: softmax over the classes of each sample of a managed double[batch, classes] batch.
// Layout: double[batch, classes] pinned with `fixed (double* p = x)`, row r at p + r * classes; peaks in a fixed buffer.
// Bug (LG0004): Peak[c] is the max of class c over the batch (column max), but the sum runs over each sample's
// classes (row).
// Our own code.
using System;

namespace HeldOut89.FixedBuffer_ClassPeakStruct;

public unsafe struct ClassStats
{
    public const int MaxClasses = 16;
    public fixed double Peak[MaxClasses];
}

public static unsafe class StructStatsSoftmax
{
    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        if (classes > ClassStats.MaxClasses) throw new ArgumentOutOfRangeException(nameof(x));
        var y = new double[batch, classes];
        ClassStats stats = default;
        for (int c = 0; c < classes; c++) stats.Peak[c] = double.NegativeInfinity;

        fixed (double* px = x)
        fixed (double* py = y)
        {
            for (int r = 0; r < batch; r++)
            {
                double* row = px + r * classes;
                for (int c = 0; c < classes; c++)
                {
                    if (row[c] > stats.Peak[c]) stats.Peak[c] = row[c]; //~ LG0004
                }
            }

            for (int r = 0; r < batch; r++)
            {
                double* row = px + r * classes;
                double* outRow = py + r * classes;
                double sum = 0;
                for (int c = 0; c < classes; c++)
                {
                    outRow[c] = Math.Exp(row[c] - stats.Peak[c]);
                    sum += outRow[c];
                }

                for (int c = 0; c < classes; c++) outRow[c] /= sum;
            }
        }

        return y;
    }
}
