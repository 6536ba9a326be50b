// Variants (our own code) of the fold-to-helper refactoring of column-major and jagged output layers
// (ColumnMajor_ZwxPerColumn.cs's `Z = W·X` layout; Jagged [classes][batch] as in ColumnMajorJagged files): the exps of
// one column (one sample) are written into the output and summed by a static helper of the same type that takes the
// column index as a parameter, or an in-place helper over a span slice of a flat row-major buffer. The caller
// subtracts a max over the whole batch, per class instead of per sample, or nothing at all.
// Layouts: column-major double[classes, samples]; jagged double[classes][samples]; row-major flat float[rows * cols].
// Bugs: LG0001 (the max spans every sample: at its fold), LG0004 (the max is per class, the sum per sample: at the max
// fold), LG0003 (the helper exponentiates raw logits: at the helper's exp).
using System;

namespace Recreations.HelperComposition_TooWide;

public static class HelperComposition
{
    public static void ColumnHelperBatchMax(double[,] z, double[,] a)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        double max = double.NegativeInfinity;
        for (int k = 0; k < classes; k++)
        {
            for (int s = 0; s < samples; s++)
            {
                max = Math.Max(max, z[k, s]); //~ LG0001
            }
        }

        for (int s = 0; s < samples; s++)
        {
            double sum = FillColumn(classes, a, s, z, max);
            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= sum;
            }
        }
    }

    static double FillColumn(int classes, double[,] a, int s, double[,] z, double max)
    {
        double sum = 0;
        for (int k = 0; k < classes; k++)
        {
            a[k, s] = Math.Exp(z[k, s] - max);
            sum += a[k, s];
        }

        return sum;
    }

    public static void ClassMaxColumnHelper(double[,] z, double[,] a)
    {
        int classes = z.GetLength(0);
        int samples = z.GetLength(1);
        var classMax = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            classMax[k] = double.NegativeInfinity;
            for (int s = 0; s < samples; s++)
            {
                classMax[k] = Math.Max(classMax[k], z[k, s]); //~ LG0004
            }
        }

        for (int s = 0; s < samples; s++)
        {
            double sum = FillColumnShiftedPerClass(classes, a, s, z, classMax);
            for (int k = 0; k < classes; k++)
            {
                a[k, s] /= sum;
            }
        }
    }

    static double FillColumnShiftedPerClass(int classes, double[,] a, int s, double[,] z, double[] shift)
    {
        double sum = 0;
        for (int k = 0; k < classes; k++)
        {
            a[k, s] = Math.Exp(z[k, s] - shift[k]);
            sum += a[k, s];
        }

        return sum;
    }

    public static void JaggedColumnHelperRaw(double[][] z, double[][] a)
    {
        for (int s = 0; s < z[0].Length; s++)
        {
            double sum = FillJaggedColumn(z.Length, a, s, z); //~ LG0003
            for (int c = 0; c < z.Length; c++)
            {
                a[c][s] /= sum;
            }
        }
    }

    static double FillJaggedColumn(int classes, double[][] a, int s, double[][] z)
    {
        double sum = 0;
        for (int c = 0; c < classes; c++)
        {
            a[c][s] = Math.Exp(z[c][s]);
            sum += a[c][s];
        }

        return sum;
    }

    public static void SliceInPlaceBatchMax(float[] data, int rows, int cols)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < data.Length; i++)
        {
            max = MathF.Max(max, data[i]); //~ LG0001
        }

        for (int r = 0; r < rows; r++)
        {
            Span<float> row = data.AsSpan(r * cols, cols);
            float sum = ExpInPlace(row, max);
            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= sum;
            }
        }
    }

    static float ExpInPlace(Span<float> row, float max)
    {
        float sum = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            row[j] = MathF.Exp(row[j] - max);
            sum += row[j];
        }

        return sum;
    }
}
