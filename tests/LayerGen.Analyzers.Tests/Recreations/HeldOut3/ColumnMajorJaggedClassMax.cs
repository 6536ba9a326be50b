// Re-creates: a jagged column-major output layer (activations[class][sample], as in C# ports of Z = W·X course code)
// that takes each class's max with LINQ over its samples and normalises each sample over the classes.
// Layout: double[classes][batch]; softmax axis = classes (the outer index).
// Bug: LG0004 (max over the batch, sum over classes).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.ColumnMajorJaggedClassMax;

public static class JaggedOutputLayer
{
    public static double[][] Softmax(double[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var classMax = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            classMax[c] = z[c].Max(); //~ LG0004
        }

        var a = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            a[c] = new double[batch];
        }

        for (int s = 0; s < batch; s++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                a[c][s] = Math.Exp(z[c][s] - classMax[c]);
                sum += a[c][s];
            }

            for (int c = 0; c < classes; c++)
            {
                a[c][s] /= sum;
            }
        }

        return a;
    }
}
