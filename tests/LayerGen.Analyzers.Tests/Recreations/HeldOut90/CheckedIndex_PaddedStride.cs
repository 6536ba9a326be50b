// Idiom: `checked` arithmetic for every computed offset (checked block and checked(...) expressions) over a padded buffer.
// Use: softmax over an aligned tensor whose rows are padded to a stride; the padding is never read.
// Layout: flat double[], row r at checked(r * stride), `classes` valid entries, stride >= classes.
// Correct.
// Our own code.
using System;

namespace HeldOut90.CheckedIndex_PaddedStride;

public static class PaddedRows
{
    public static void Softmax(double[] buffer, int rows, int classes, int stride, double[] result)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, classes);
        checked
        {
            for (int r = 0; r < rows; r++)
            {
                int baseOffset = r * stride;
                double top = double.NegativeInfinity;
                for (int j = 0; j < classes; j++)
                {
                    top = Math.Max(top, buffer[baseOffset + j]);
                }

                double sum = 0;
                for (int j = 0; j < classes; j++)
                {
                    sum += Math.Exp(buffer[baseOffset + j] - top);
                }

                for (int j = 0; j < classes; j++)
                {
                    result[checked(baseOffset + j)] = Math.Exp(buffer[baseOffset + j] - top) / sum;
                }
            }
        }
    }
}
