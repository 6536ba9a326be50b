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
        int offset = 0, affine = 0, custom = 0;
        for (int i = 0; i < count; i++)
        {
            ResolvedLayer layer = layers[i];
            // Affine and custom layers' backward passes read their input, the others their output.
            bool readByNext = i + 1 < count && layers[i + 1].Kind is LayerKind.Affine or LayerKind.Custom;
            bool readByItself = layer.Kind is not (LayerKind.Affine or LayerKind.Custom) && i > 0;
            if (layer.Kind == LayerKind.Custom)
            {
                int start = offset;
                offset += layer.Custom!.ParameterCount;
                planned.Add(new LayoutLayer(i + 1, layer.Kind, layer.Inputs, layer.Outputs, 0, start, 0, readByNext, layer.Custom, ++custom));
                continue;
            }

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
