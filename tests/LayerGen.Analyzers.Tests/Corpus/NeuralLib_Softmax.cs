// Pattern from nokiiaa/NeuralLib, Maths/Softmax.cs (re-created). One softmax over all values of a
// multi-dimensional array stored flat, without max subtraction, dividing by multiplying with 1/sum (the
// reciprocal stored back into the sum's own variable). One-dimensional indexing: LG0001/LG0002 do not apply;
// both exps are of raw values: LG0003 at each.
using System;

namespace Corpus.NeuralLib
{
    public sealed class MArray
    {
        public float[] Values = Array.Empty<float>();
    }

    public static class Softmax
    {
        public static MArray Apply(MArray to)
        {
            var result = new MArray { Values = new float[to.Values.Length] };
            float sumExp = 0;
            for (int i = 0; i < to.Values.Length; i++)
                sumExp += (float){|LG0003:Math.Exp(to.Values[i])|};

            sumExp = 1f / sumExp;
            for (int i = 0; i < to.Values.Length; i++)
                result.Values[i] = (float){|LG0003:Math.Exp(to.Values[i])|} * sumExp;

            return result;
        }
    }
}
