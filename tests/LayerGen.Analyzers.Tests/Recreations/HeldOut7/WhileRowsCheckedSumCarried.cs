// Source: C# course code written with while loops and checked index arithmetic (flat [rows, cols] buffer, row
// offsets computed in a checked block); the denominator is declared with the other loop state and not reset.
// Layout: double[] flat [rows, cols]; softmax over the columns of each row.
// Bug LG0002: the sum is carried from one row into the next.
using System;

namespace HeldOut7.WhileRowsCheckedSumCarried
{
    public static class WhileSoftmax
    {
        public static void Forward(double[] x, double[] y, int rows, int cols)
        {
            int r = 0;
            double denom = 0;
            while (r < rows)
            {
                int offset = checked(r * cols);
                double top = x[offset];
                int c = 1;
                while (c < cols)
                {
                    if (x[offset + c] > top) top = x[offset + c];
                    c++;
                }

                c = 0;
                while (c < cols)
                {
                    y[offset + c] = Math.Exp(x[offset + c] - top);
                    denom += y[offset + c]; //~ LG0002
                    c++;
                }

                c = 0;
                while (c < cols)
                {
                    y[offset + c] /= denom;
                    c++;
                }

                r++;
            }
        }
    }
}
