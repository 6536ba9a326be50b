// Idiom: `Converter<float, float>` delegates with `Array.ConvertAll`, the row mapper passed as
// `new Converter<float[], float[]>(Row)`.
// Use: probabilities of every row of a jagged batch.
// Layout: jagged float[batch][classes]; `Row` is given one row.
// Correct: `Row` takes that row's `Max()` and its converter subtracts it before the exp.
// Our own code.
using System;
using System.Linq;

#nullable enable

namespace HeldOut82.Converter_ShiftedPerRow;

public static class Converters
{
    public static float[][] Softmax(float[][] rows) => Array.ConvertAll(rows, new Converter<float[], float[]>(Row));

    private static float[] Row(float[] x)
    {
        float m = x.Max();
        Converter<float, float> shifted = v => MathF.Exp(v - m);
        float[] e = Array.ConvertAll(x, shifted);
        float s = 0f;
        foreach (float v in e) s += v;
        return Array.ConvertAll(e, v => v / s);
    }
}
