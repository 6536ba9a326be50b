// A Unity-style discrete action branch (ML-Agents-like agents running inference in the game), written with the
// project's own Mathf-style static helper class: one streaming pass over the branch's logits keeps a running max and
// a running sum that is rescaled whenever the max grows (online softmax), then a second pass writes the probabilities.
// Layout: one agent's float[] branch logits; helpers Mathf.Exp / Mathf.Max defined in this file.
// Correct: online softmax: s ← s·exp(m_old − m_new) + exp(x − m_new); p = exp(x − m)/s (rescaled sum, not a bug).
using System;

namespace HeldOut30.MathfOnline_RescaledRunningSum;

/// <summary>A Unity-Mathf-style float helper (the game's own, not UnityEngine).</summary>
public static class Mathf
{
    /// <summary>e^x in float.</summary>
    public static float Exp(float x) => (float)Math.Exp(x);

    /// <summary>The larger of two floats.</summary>
    public static float Max(float a, float b) => a > b ? a : b;

    /// <summary>−∞.</summary>
    public const float NegativeInfinity = float.NegativeInfinity;
}

/// <summary>Discrete action branch of an in-game agent.</summary>
public static class ActionBranch
{
    /// <summary>softmax(logits) in one streaming pass plus a writing pass.</summary>
    public static float[] Probabilities(float[] logits)
    {
        float running = Mathf.NegativeInfinity;
        float mass = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            float next = Mathf.Max(running, logits[i]);
            mass = mass * Mathf.Exp(running - next) + Mathf.Exp(logits[i] - next);
            running = next;
        }

        var probabilities = new float[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] = Mathf.Exp(logits[i] - running) / mass;
        }

        return probabilities;
    }
}
