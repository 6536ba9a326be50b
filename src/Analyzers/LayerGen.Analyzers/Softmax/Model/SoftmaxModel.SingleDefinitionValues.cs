using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Locals written once at their declaration (<c>var idx = kv.Value;</c>, <c>var g = groups[i];</c>): the group and index
/// list readers (GroupUnions.cs, GroupIndexLists.cs), KeyedExtremums.cs and RangeLocals.cs follow such a local to the
/// value it copies. Unlike <see cref="SingleDefinition(ISymbol)"/> (FixSupport.cs: any one write, the declaration's or
/// a later assignment's), a single later assignment (<c>int[] idx; … idx = kv.Value;</c>) is not followed, so a local
/// declared outside a loop and assigned inside it is never mistaken for a copy made where it is declared. The two are
/// the one lookup of a variable's only write, with and without that rule; no third spelling (SwitchedIndices.cs reads a
/// layout local's one constant through the latter: a local is definitely assigned before it is read, so its one
/// constant write is the value read wherever that write sits).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The value <paramref name="local"/> is initialised with when its declaration is its only write; else null. One
    /// lookup in the recorded writes (no walk), so callers bound the depth of the chain they follow, not this.
    /// </summary>
    private IOperation? SingleDefinitionValue(ISymbol local) =>
        WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation ? writes[0].Value : null;
}
