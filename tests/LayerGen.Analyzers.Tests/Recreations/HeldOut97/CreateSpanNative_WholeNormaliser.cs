// Idiom: pointer arithmetic with a column stride, then MemoryMarshal.CreateSpan over the whole native output for a
// "vectorisable" flat normalisation pass with a ref foreach.
// Use: a native-interop layer of a speech model whose output is class-major ([classes, batch]).
// Layout: native double* of classes * batch, column-major: sample b's class c at c * batch + b; softmax over each column.
// Bug (LG0002): each column's shift is its own maximum, but the normaliser is one sum over the whole output span (every
// sample), so every column is divided by the batch total.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.CreateSpanNative_WholeNormaliser;

public static unsafe class SpeechOutput
{
    public static void Softmax(double* z, double* p, int classes, int batch)
    {
        for (int b = 0; b < batch; b++)
        {
            double m = double.NegativeInfinity;
            for (double* q = z + b; q < z + classes * batch; q += batch)
                m = Math.Max(m, *q);

            for (int c = 0; c < classes; c++)
                p[c * batch + b] = Math.Exp(z[c * batch + b] - m);
        }

        Span<double> all = MemoryMarshal.CreateSpan(ref p[0], classes * batch);
        double total = 0;
        foreach (double e in all)
            total += e; //~ LG0002

        foreach (ref double e in all)
            e /= total;
    }
}
