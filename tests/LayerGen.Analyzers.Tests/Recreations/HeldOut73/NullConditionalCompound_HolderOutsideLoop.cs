// Idiom: C# 14 null-conditional compound assignment `norm?.Sum += v` on an optional normaliser object.
// Use: intent classifier over a batch of utterances.
// Layout: jagged float[batch][classes], exps by Array.ConvertAll per row.
// Bug LG0002: the normaliser object is created once before the row loop and never reset, so row i is divided by the sum
// over rows 0..i.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.NullConditionalCompound_HolderOutsideLoop;

public sealed class Normaliser
{
    public float Sum { get; set; }
}

public static class Classifier
{
    public static float[][] Run(float[][] logits)
    {
        Normaliser? norm = new Normaliser();
        var output = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            float[] row = logits[i];
            float hi = float.NegativeInfinity;
            foreach (float v in row) hi = MathF.Max(hi, v);
            float[] e = Array.ConvertAll(row, v => MathF.Exp(v - hi));
            foreach (float v in e) norm?.Sum += v; //~ LG0002
            float z = norm?.Sum ?? 1f;
            for (int k = 0; k < e.Length; k++) e[k] /= z;
            output[i] = e;
        }

        return output;
    }
}
