using LayerGen.Differentiation.Ir;
using LayerGen.Validation;

namespace LayerGen.Generator.Model;

/// <summary>
/// A custom layer (<c>[DifferentiableLayer]</c>) as the emitter writes it: sizes, element type, learnable parameters and the
/// differentiated backward of its <c>ForwardRow</c>. Value-equal, no Roslyn object.
/// </summary>
/// <param name="Inputs">Entries per input row.</param>
/// <param name="Outputs">Entries per output row.</param>
/// <param name="Learnables">Learnable parameters in <c>ForwardRow</c>'s order; stored one after another.</param>
/// <param name="Backward">The lowered <c>ForwardRow</c> the differentiation engine emits <c>BackwardRow</c> from.</param>
/// <param name="UserConstants">Generated size constants (<c>Inputs</c>, <c>Outputs</c>, <c>ParameterCount</c>) the class declares
/// itself with the same value: not emitted again.</param>
internal sealed record DifferentiableLayerModel(
    int Inputs, int Outputs, EquatableArray<LearnableParameter> Learnables, ForwardRowModel Backward, EquatableArray<string> UserConstants)
{
    /// <summary>Entries of all learnable parameters.</summary>
    public int ParameterCount
    {
        get
        {
            int count = 0;
            foreach (LearnableParameter learnable in Learnables)
            {
                count += learnable.Length;
            }

            return count;
        }
    }

    /// <summary>Offset of learnable parameter <paramref name="index"/> in the layer's parameters.</summary>
    public int StartOf(int index)
    {
        int start = 0;
        for (int i = 0; i < index; i++)
        {
            start += Learnables[i].Length;
        }

        return start;
    }
}
