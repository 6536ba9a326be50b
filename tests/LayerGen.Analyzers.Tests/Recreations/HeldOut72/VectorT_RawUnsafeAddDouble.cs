// Idiom: System.Numerics.Vector<double> loaded with Vector.LoadUnsafe at Unsafe.Add offsets into a flat buffer,
// Vector.Exp per block, Vector.Sum of the exps; the tail padded with -inf in a stackalloc block so it goes through
// the same vector exp.
// Use: double-precision scorer normalising each sample's class scores.
// Layout: flat double[batch * classes], row-major (sample b at b * classes).
// Bug (LG0003): both Vector.Exp calls get the raw scores, no max subtracted (overflow above ~709).
// Our own code.
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut72.VectorT_RawUnsafeAddDouble;

public static class RawScorer
{
    public static void Normalise(double[] scores, double[] probs, int batch, int classes)
    {
        int lanes = Vector<double>.Count;
        ref double s0 = ref MemoryMarshal.GetArrayDataReference(scores);
        ref double p0 = ref MemoryMarshal.GetArrayDataReference(probs);
        Span<double> pad = stackalloc double[lanes];
        for (int b = 0; b < batch; b++)
        {
            ref double src = ref Unsafe.Add(ref s0, b * classes);
            ref double dst = ref Unsafe.Add(ref p0, b * classes);
            Vector<double> total = Vector<double>.Zero;
            int j = 0;
            for (; j + lanes <= classes; j += lanes)
            {
                Vector<double> e = Vector.Exp(Vector.LoadUnsafe(ref src, (nuint)j)); //~ LG0003
                e.StoreUnsafe(ref dst, (nuint)j);
                total += e;
            }

            if (j < classes)
            {
                pad.Fill(double.NegativeInfinity);
                for (int t = j; t < classes; t++)
                {
                    pad[t - j] = Unsafe.Add(ref src, t);
                }

                Vector<double> e = Vector.Exp(new Vector<double>(pad)); //~ LG0003
                total += e;
                for (int t = j; t < classes; t++)
                {
                    Unsafe.Add(ref dst, t) = e[t - j];
                }
            }

            double z = Vector.Sum(total);
            for (int t = 0; t < classes; t++)
            {
                Unsafe.Add(ref dst, t) /= z;
            }
        }
    }
}
