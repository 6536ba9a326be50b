// Idiom: online (one-pass) softmax statistics with the rescale `d *= exp(m - v)`, over a rectangular matrix.
// Use: row softmax of a [rows, cols] score matrix in one statistics pass per row.
// Layout: float[rows, cols] rectangular; returns a new matrix.
// Bug: the running normaliser d is declared once above the row loop; each row restarts its max from its first cell,
// so d keeps the previous rows' (rescaled) exps: each row is divided by more than its own sum.
// Our own code.
using System;

namespace HeldOut79.Online_NormaliserCarriedAcrossRows;

public static class OnlineMatrix
{
    public static float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new float[rows, cols];
        float d = 0f;
        for (int r = 0; r < rows; r++)
        {
            float m = x[r, 0];
            for (int c = 0; c < cols; c++)
            {
                float v = x[r, c];
                if (v > m)
                {
                    d *= MathF.Exp(m - v);
                    m = v;
                }
                d += MathF.Exp(v - m); //~ LG0002
            }
            for (int c = 0; c < cols; c++) y[r, c] = MathF.Exp(x[r, c] - m) / d;
        }
        return y;
    }
}
