// Re-creates: a column-major (Z = W·X) C# course network whose softmax takes each class's max across the batch
// (a row of Z) while normalising each sample's column.
// Layout: double[classes, batch]; softmax axis = classes (dimension 0).
// Bug: LG0004 (max over the batch, sum over classes).
using System;

namespace LayerGen.Recreations.HeldOut3.ColumnMajorMaxOverBatch;

public static class OutputLayer
{
    public static double[,] Softmax(double[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var classMax = new double[classes];
        for (int i = 0; i < classes; i++)
        {
            classMax[i] = double.NegativeInfinity;
            for (int j = 0; j < batch; j++)
            {
                classMax[i] = Math.Max(classMax[i], z[i, j]); //~ LG0004
            }
        }

        var a = new double[classes, batch];
        for (int j = 0; j < batch; j++)
        {
            double sum = 0;
            for (int i = 0; i < classes; i++)
            {
                a[i, j] = Math.Exp(z[i, j] - classMax[i]);
                sum += a[i, j];
            }

            for (int i = 0; i < classes; i++)
            {
                a[i, j] /= sum;
            }
        }

        return a;
    }
}
