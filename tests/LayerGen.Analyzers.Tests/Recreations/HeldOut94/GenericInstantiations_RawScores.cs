// Idiom: a generic `Probabilities<T>` over `IReadOnlyList<T>` with `INumberBase<T>`/`IExponentialFunctions<T>`,
// instantiated for float and double through expression-bodied wrappers.
// Use: per-item class probabilities. Layout: flat `IReadOnlyList<T>` with a stride `classes` per item.
// Bug LG0003: `T.Exp(scores[...])` exponentiates the raw scores with no max subtracted, so scores above ~88 (float) /
// ~709 (double) overflow to infinity and the quotient is NaN.
// Our own code.
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut94.GenericInstantiations_RawScores;

public static class Probabilities
{
    public static T[] Of<T>(IReadOnlyList<T> scores, int classes)
        where T : INumberBase<T>, IExponentialFunctions<T>
    {
        var probs = new T[scores.Count];
        for (int item = 0; item * classes < scores.Count; item++)
        {
            int baseIndex = item * classes;
            T partition = T.Zero;
            for (int k = 0; k < classes; k++)
            {
                T w = T.Exp(scores[baseIndex + k]); //~ LG0003
                probs[baseIndex + k] = w;
                partition += w;
            }

            for (int k = 0; k < classes; k++)
            {
                probs[baseIndex + k] /= partition;
            }
        }

        return probs;
    }

    public static float[] OfSingle(float[] scores, int classes) => Of<float>(scores, classes);

    public static double[] OfDouble(double[] scores, int classes) => Of<double>(scores, classes);
}
