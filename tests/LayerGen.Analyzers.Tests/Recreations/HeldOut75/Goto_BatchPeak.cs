// known gap: a max folded by goto loops (outer:/inner: labels) is not read as a fold; the row softmax written with a goto loop is not read as a softmax site either
// gap: -LG0001@24
// Idiom: goto-driven nested loops; the peak is found by one labelled scan over the whole matrix before the rows.
// Use: attention scores normalised per query row, code translated from an old Fortran-style routine.
// Layout: double[batch, classes] (row r = one softmax slice).
// Bug (LG0001): the subtracted peak is the maximum of the whole batch, not of the row; a row far below
// the others underflows to 0/0.
// Our own code.
using System;

namespace HeldOut75.Goto_BatchPeak;

public static class LabelledScores
{
    public static double[,] Normalise(double[,] scores)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        var probs = new double[rows, cols];
        double top = double.NegativeInfinity;
        int a = 0, b = 0;
    outer:
        b = 0;
    inner:
        top = Math.Max(top, scores[a, b]); //~ LG0001
        if (++b < cols) goto inner;
        if (++a < rows) goto outer;

        for (a = 0; a < rows; a++)
        {
            double z = 0.0;
            b = 0;
        expo:
            probs[a, b] = Math.Exp(scores[a, b] - top);
            z += probs[a, b];
            b++;
            if (b < cols) goto expo;
            for (b = 0; b < cols; b++) probs[a, b] /= z;
        }
        return probs;
    }
}
