// Idiom: exceptions used for flow: the peak scan starts at the row and runs until the indexer throws; the caught
// IndexOutOfRangeException marks "end of data".
// Use: a batch of logits kept in one flat buffer (samples back to back), ported from the jagged version.
// Layout: flat double[samples * classes], row-major.
// Bug (LG0001): on a flat buffer the exception only comes at the end of the whole buffer, so the peak of sample s
// covers its own classes and every later sample.
// Our own code.
using System;

namespace HeldOut75.ExceptionFlow_BufferEnd;

public static class FlatScan
{
    public static double[] Softmax(double[] logits, int classes)
    {
        var probs = new double[logits.Length];
        for (int s = 0; s * classes < logits.Length; s++)
        {
            int first = s * classes, k = first;
            double peak = double.NegativeInfinity;
            try
            {
                for (;;) peak = Math.Max(peak, logits[k++]); //~ LG0001
            }
            catch (IndexOutOfRangeException)
            {
                // end of data
            }

            double norm = 0;
            for (k = first; k < first + classes; k++) norm += probs[k] = Math.Exp(logits[k] - peak);
            for (k = first; k < first + classes; k++) probs[k] /= norm;
        }
        return probs;
    }
}
