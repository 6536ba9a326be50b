// Idiom: in-place softmax through one `Span<double>` that is both input and output, rows taken with `data[o..(o + n)]`.
// Use: softmax over the classes of each sample of a batch. Layout: Span<double> over a flat row-major buffer.
// Bug (LG0001): the running max is declared once above the row loop and never reset, so each row is shifted by the
// max of itself and every earlier row.
// Our own code.
using System;

namespace HeldOut76.InPlaceAlias_MaxNeverReset;

public static class InPlace
{
    public static void Softmax(Span<double> data, int n)
    {
        double hi = double.NegativeInfinity;
        for (int o = 0; o + n <= data.Length; o += n)
        {
            Span<double> row = data[o..(o + n)];
            foreach (double v in row)
            {
                hi = Math.Max(hi, v); //~ LG0001
            }

            double z = 0.0;
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = Math.Exp(row[k] - hi);
                z += row[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                row[k] /= z;
            }
        }
    }
}
