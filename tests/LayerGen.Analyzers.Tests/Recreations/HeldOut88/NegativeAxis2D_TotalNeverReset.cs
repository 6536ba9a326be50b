// Idiom: a port of `softmax(x, axis=-1)` for a (rows, cols) shape tuple with `axis += ndim` for negative axes and a
// stride-walk; the normaliser `denominator` is declared once, next to the shape arithmetic, above the row loop.
// Use: label probabilities of a ported text classifier.
// Layout: flat double[], shape (rows, cols) as a value tuple; axis -1 → 1, stride 1 along the softmax axis.
// Bug: LG0002 — `denominator` is never reset per row, so each row is divided by the running total of every row so far.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.NegativeAxis2D_TotalNeverReset;

public static class TextClassifier
{
    public static double[] Softmax(double[] logits, (int Rows, int Cols) shape, int axis = -1)
    {
        int ndim = 2;
        if (axis < 0) axis += ndim;
        if (axis != 1) throw new NotSupportedException("last axis only");
        int rowStride = shape.Cols;
        double denominator = 0.0;
        var probs = new double[logits.Length];
        for (int r = 0; r < shape.Rows; r++)
        {
            int baseIndex = r * rowStride;
            double hi = double.NegativeInfinity;
            for (int c = 0; c < shape.Cols; c++) hi = Math.Max(hi, logits[baseIndex + c]);
            for (int c = 0; c < shape.Cols; c++)
            {
                probs[baseIndex + c] = Math.Exp(logits[baseIndex + c] - hi);
                denominator += probs[baseIndex + c]; //~ LG0002
            }

            for (int c = 0; c < shape.Cols; c++) probs[baseIndex + c] /= denominator;
        }

        return probs;
    }
}
