// Source: C# NN helper libraries that build activations from small higher-order helpers (Map(values,
// Func<float, float>), Reduce(values, seed, Func<float, float, float>)), the softmax being composed from them.
// Layout: float[][] jagged [rows][cols]; softmax over each row.
// Correct.
using System;

namespace HeldOut7.FuncTransformHelper
{
    public static class Functional
    {
        public static float Reduce(float[] values, float seed, Func<float, float, float> combine)
        {
            float acc = seed;
            for (int i = 0; i < values.Length; i++)
            {
                acc = combine(acc, values[i]);
            }

            return acc;
        }

        public static float[] Map(float[] values, Func<float, float> f)
        {
            var result = new float[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = f(values[i]);
            }

            return result;
        }

        public static float[] Softmax(float[] row)
        {
            float max = Reduce(row, float.NegativeInfinity, MathF.Max);
            float[] exps = Map(row, v => MathF.Exp(v - max));
            float sum = Reduce(exps, 0f, (a, b) => a + b);
            return Map(exps, e => e / sum);
        }

        public static float[][] SoftmaxRows(float[][] rows)
        {
            var result = new float[rows.Length][];
            for (int r = 0; r < rows.Length; r++)
            {
                result[r] = Softmax(rows[r]);
            }

            return result;
        }
    }
}
