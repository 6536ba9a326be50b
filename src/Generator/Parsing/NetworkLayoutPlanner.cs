using System.Collections.Immutable;
using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Parsing;

/// <summary>Lays out a network: layer numbers, Affine indices, parameter offsets and what the backward pass reads.</summary>
internal static class NetworkLayoutPlanner
{
    /// <summary>The layout of the validated <paramref name="layers"/> of a network (more than one layer, or one Affine).</summary>
    public static NetworkLayout Plan(ImmutableArray<ResolvedLayer> layers)
    {
        bool hasLoss = layers[layers.Length - 1].Kind == LayerKind.SoftmaxWithLoss;
        int count = hasLoss ? layers.Length - 1 : layers.Length;
        var planned = ImmutableArray.CreateBuilder<LayoutLayer>(count);
        int offset = 0, affine = 0;
        for (int i = 0; i < count; i++)
        {
            ResolvedLayer layer = layers[i];
            bool readByNext = i + 1 < count && layers[i + 1].Kind == LayerKind.Affine;
            bool readByItself = layer.Kind != LayerKind.Affine && i > 0;
            if (layer.Kind != LayerKind.Affine)
            {
                planned.Add(new LayoutLayer(i + 1, layer.Kind, layer.Inputs, layer.Outputs, 0, 0, 0, readByNext || readByItself));
                continue;
            }

            int weights = offset, bias = offset + (layer.Inputs * layer.Outputs);
            offset = bias + layer.Outputs;
            planned.Add(new LayoutLayer(i + 1, layer.Kind, layer.Inputs, layer.Outputs, ++affine, weights, bias, readByNext));
        }

        ImmutableArray<LayoutLayer> result = planned.MoveToImmutable();
        return new NetworkLayout(
            new EquatableArray<LayoutLayer>(result),
            result[0].Inputs,
            result[count - 1].Outputs,
            offset,
            hasLoss ? layers[layers.Length - 1].Outputs : 0);
    }
}
