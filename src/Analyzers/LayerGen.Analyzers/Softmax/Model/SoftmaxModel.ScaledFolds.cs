using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a maximum folds values scaled by a temperature or attention scale: <c>s = x[i] * invT; if (s &gt; m) m = s;</c>
/// folds the scaled logits, so <c>exp(x[i] * invT - m)</c> subtracts the maximum of the very values it exponentiates
/// (the exponent is ≤ 0 whatever the sign of the scale). The scale may be read in the fold itself, through locals the
/// fold reads (<c>s</c>), or through a scratch buffer the folded elements were written to (<c>scaled[i] = x[i] / t</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxScaleDepth = 4;

    /// <summary>True when some fold of <paramref name="max"/> reads <paramref name="scale"/>, directly or through what it reads.</summary>
    private bool FoldsReadScale(Reduction max, ISymbol scale)
    {
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var fold in max.Folds)
        {
            if (ReadsScale(fold, scale, visited, depth: 0))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReadsScale(IOperation operation, ISymbol scale, HashSet<ISymbol> visited, int depth)
    {
        foreach (var read in operation.DescendantsAndSelf())
        {
            if (References(read, scale))
            {
                return true;
            }

            if (depth >= MaxScaleDepth)
            {
                continue;
            }

            // A local the fold reads (s = x[i] * invT) or a local buffer whose elements it reads (scaled[i] = x[i] / t).
            var (symbol, elements) = read switch
            {
                ILocalReferenceOperation local => ((ISymbol?)local.Local, false),
                _ when IsElementAccess(read) && RootOf(read) is ILocalSymbol buffer => (buffer, true),
                _ => (null, false),
            };
            if (symbol is null || !visited.Add(symbol))
            {
                continue;
            }

            foreach (var value in elements ? ElementValuesOf(symbol) : VariableValuesOf(symbol))
            {
                if (ReadsScale(value, scale, visited, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IEnumerable<IOperation> VariableValuesOf(ISymbol symbol)
    {
        foreach (var write in WritesOf(symbol))
        {
            if (write.Value is { } value)
            {
                yield return value;
            }
        }
    }

    private IEnumerable<IOperation> ElementValuesOf(ISymbol root)
    {
        foreach (var write in _elementWrites)
        {
            if (write.Value is { } value && SymbolEqualityComparer.Default.Equals(RootOf(write.Target), root))
            {
                yield return value;
            }
        }
    }
}
