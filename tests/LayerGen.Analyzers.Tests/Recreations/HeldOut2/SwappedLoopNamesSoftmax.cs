// Re-creates: row-major softmax code whose loop variables are named against convention (j walks rows, i walks columns), as in several C# course ports
// Layout: double[,] row-major [batch, classes]; outer loop j over the first index
// Expected: Correct
using System;

namespace HeldOut2.SwappedLoopNamesSoftmax;

public static class CoursePort
{
    public static void SoftmaxInPlace(double[,] a)
    {
        for (int j = 0; j < a.GetLength(0); j++)
        {
            double max = a[j, 0];
            for (int i = 1; i < a.GetLength(1); i++)
            {
                if (a[j, i] > max) max = a[j, i];
            }

            double sum = 0;
            for (int i = 0; i < a.GetLength(1); i++)
            {
                a[j, i] = Math.Exp(a[j, i] - max);
                sum += a[j, i];
            }

            for (int i = 0; i < a.GetLength(1); i++)
            {
                a[j, i] /= sum;
            }
        }
    }
}
