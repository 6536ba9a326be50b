// Idiom: a softmax policy component holding its logits and probabilities in fields, local functions for peak and normaliser.
// Use: Unity-style agent component; Refresh() is called after the network writes new logits for every agent.
// Layout: float[] fields, flat row-major (agent g's actions at g * _actions + a).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.SoftmaxPolicyFields_LocalFunctions;

public sealed class SoftmaxPolicy
{
    private readonly float[] _logits;
    private readonly float[] _probs;
    private readonly int _actions;

    public SoftmaxPolicy(int agents, int actions)
    {
        _actions = actions;
        _logits = new float[agents * actions];
        _probs = new float[agents * actions];
    }

    public float[] Logits => _logits;

    public float[] Probabilities => _probs;

    public void Refresh()
    {
        int agents = _logits.Length / _actions;
        for (int g = 0; g < agents; g++)
        {
            int off = g * _actions;
            float peak = Peak(off);
            float z = Normaliser(off, peak);
            for (int a = 0; a < _actions; a++) _probs[off + a] = MathF.Exp(_logits[off + a] - peak) / z;
        }

        float Peak(int off)
        {
            float m = _logits[off];
            for (int a = 1; a < _actions; a++) m = MathF.Max(m, _logits[off + a]);
            return m;
        }

        float Normaliser(int off, float peak)
        {
            float z = 0f;
            for (int a = 0; a < _actions; a++) z += MathF.Exp(_logits[off + a] - peak);
            return z;
        }
    }
}
