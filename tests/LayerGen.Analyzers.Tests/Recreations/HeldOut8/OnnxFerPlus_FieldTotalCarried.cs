// Source: ONNX Runtime FER+ emotion post-processing (onnx/models emotion_ferplus), re-created as a stateful
// post-processor object that a face-tracking loop calls once per detected face.
// Layout: instance class with a float field for the normaliser; ReadOnlyMemory<float> rows (.Span); a batch method
// slices the model output per face.
// Bug (LG0002): the normaliser is an instance field set to zero only in the constructor; every face after the first
// divides by the exps of all earlier faces too.
using System;

namespace LayerGen.Recreations.HeldOut8;

public sealed class OnnxFerPlus_FieldTotalCarried
{
    private const int Emotions = 8;
    private float _total;

    public OnnxFerPlus_FieldTotalCarried() => _total = 0f;

    public float[] Process(ReadOnlyMemory<float> faceScores)
    {
        ReadOnlySpan<float> s = faceScores.Span;
        float max = s[0];
        for (int i = 1; i < s.Length; i++) max = MathF.Max(max, s[i]);
        var p = new float[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            p[i] = MathF.Exp(s[i] - max);
            _total += p[i]; //~ LG0002
        }
        for (int i = 0; i < p.Length; i++) p[i] /= _total;
        return p;
    }

    public float[][] ProcessAll(float[] output)
    {
        var faces = new float[output.Length / Emotions][];
        for (int f = 0; f < faces.Length; f++) faces[f] = Process(output.AsMemory(f * Emotions, Emotions));
        return faces;
    }
}
