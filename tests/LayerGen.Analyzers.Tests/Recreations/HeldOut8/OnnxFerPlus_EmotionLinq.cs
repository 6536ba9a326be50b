// Source: ONNX Runtime post-processing of the FER+ emotion recognition model (onnx/models emotion_ferplus: 8 scores
// per face, softmax, then labels), as in C# face-analysis samples, re-created with LINQ.
// Layout: flat float[faces * 8] model output; each face's row copied from a span, LINQ Max/Select/Sum, results in
// Dictionary<string, float> per face.
// Correct: max and sum per face.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public static class OnnxFerPlus_EmotionLinq
{
    public static readonly string[] Emotions =
        { "neutral", "happiness", "surprise", "sadness", "anger", "disgust", "fear", "contempt" };

    public static List<Dictionary<string, float>> Emotion(float[] output)
    {
        int faces = output.Length / Emotions.Length;
        var result = new List<Dictionary<string, float>>(faces);
        for (int f = 0; f < faces; f++)
        {
            float[] row = output.AsSpan(f * Emotions.Length, Emotions.Length).ToArray();
            float max = row.Max();
            float[] exps = row.Select(v => MathF.Exp(v - max)).ToArray();
            float sum = exps.Sum();
            result.Add(Emotions.Select((label, i) => (label, p: exps[i] / sum)).ToDictionary(t => t.label, t => t.p));
        }
        return result;
    }
}
