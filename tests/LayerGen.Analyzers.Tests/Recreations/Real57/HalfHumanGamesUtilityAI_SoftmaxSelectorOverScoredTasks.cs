// Source: HalfHumanGames/HHG.UtilityAI Runtime/Scripts/Task Selectors/SoftmaxSelector.cs:15 (commit 737cc0db8348)
// (re-created, not copied)
// Layout: a Unity utility-AI package. A selector receives the scored tasks as a Dictionary<Task, float> (utility
// scores) and draws one: the softmax selector sums exp(score / temperature) over the dictionary (remembering the task
// with the largest exp as a fallback), rolls Random.Range(0, sum) and walks the dictionary again, adding
// exp(score / temperature) until the running sum reaches the roll. The temperature is clamped to [0.01, 1]; no
// maximum is subtracted, so a score of 0.9 at temperature 0.01 is exp(90) = ∞ in float. UnityEngine's Mathf and
// Random are small stand-ins here (Mathf.Exp calls MathF.Exp).
// Label: Select LG0003 ×2 (one per un-shifted exp, the sum's and the walk's).
using System;
using System.Collections.Generic;

namespace Recreations.Real57.HalfHumanGamesUtilityAI_SoftmaxSelectorOverScoredTasks;

/// <summary>A stand-in for UnityEngine.Mathf.</summary>
internal static class Mathf
{
    public static float Exp(float power) => MathF.Exp(power);

    public static float Clamp(float value, float min, float max) => value < min ? min : value > max ? max : value;
}

/// <summary>A stand-in for UnityEngine.Random.</summary>
internal static class Random
{
    private static readonly System.Random Source = new(7);

    public static float Range(float minInclusive, float maxInclusive) => minInclusive + (float)Source.NextDouble() * (maxInclusive - minInclusive);
}

/// <summary>A task the agent can run.</summary>
internal sealed class Task<TContext>(string name)
{
    public string Name => name;
}

/// <summary>Draws one task from the scored tasks.</summary>
internal sealed class SoftmaxSelector<TContext>
{
    private readonly float temperature;

    public SoftmaxSelector(float temperature = 1f)
    {
        this.temperature = Mathf.Clamp(temperature, .01f, 1f);
    }

    /// <summary>A task drawn with probability exp(score / T) / Σ exp(score / T).</summary>
    public Task<TContext>? Select(Dictionary<Task<TContext>, float> scoredTasks)
    {
        float sum = 0f;
        Task<TContext>? best = null;
        float bestScore = float.NegativeInfinity;

        foreach (var kv in scoredTasks)
        {
            float expScore = Mathf.Exp(kv.Value / temperature); //~ LG0003
            sum += expScore;

            if (expScore > bestScore)
            {
                bestScore = expScore;
                best = kv.Key;
            }
        }

        float roll = Random.Range(0f, sum);
        float cumulative = 0f;

        foreach (var kv in scoredTasks)
        {
            float expScore = Mathf.Exp(kv.Value / temperature); //~ LG0003
            cumulative += expScore;

            if (roll <= cumulative) return kv.Key;
        }

        return best;
    }
}
