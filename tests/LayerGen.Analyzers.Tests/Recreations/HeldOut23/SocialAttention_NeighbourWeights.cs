// Source: attention over neighbouring pedestrians in crowd trajectory prediction (Social Attention, Vemula et al.
// 2018; the social-pooling family after Social LSTM): each pedestrian weighs its neighbours by a softmax of scores.
// Layout: records (Pedestrian with a list of Neighbour records); LINQ Max / Select / Sum per pedestrian.
// Correct: each pedestrian's neighbour scores are shifted by that pedestrian's own maximum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut23.CrowdTrajectories;

/// <summary>A neighbour of a pedestrian and its attention score.</summary>
public sealed record Neighbour(int Id, float Score);

/// <summary>A pedestrian and the neighbours it attends to.</summary>
public sealed record Pedestrian(int Id, IReadOnlyList<Neighbour> Neighbours);

/// <summary>Social attention weights of every pedestrian of a frame.</summary>
public static class SocialAttention
{
    /// <summary>Pedestrian id → attention weights over its neighbours (in the neighbour list's order).</summary>
    public static Dictionary<int, float[]> Weights(IEnumerable<Pedestrian> crowd)
    {
        var weights = new Dictionary<int, float[]>();
        foreach (var pedestrian in crowd)
        {
            float top = pedestrian.Neighbours.Max(n => n.Score);
            float[] e = pedestrian.Neighbours.Select(n => MathF.Exp(n.Score - top)).ToArray();
            float z = e.Sum();
            weights[pedestrian.Id] = e.Select(v => v / z).ToArray();
        }

        return weights;
    }
}
