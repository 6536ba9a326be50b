using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>What the LG0005–LG0007 code fixes ask of the model (the same facts the rules used).</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Loop → dimensions of the value an operation computes.</summary>
    public ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> DimsOf(IOperation operation) => Eval(operation).Dims;

    /// <summary>True when the operation reads a softmax probability (not an accumulator of them).</summary>
    public bool ReadsProbability(IOperation operation) => IsProbabilityValue(operation);

    /// <summary>True for an upstream-gradient factor (not constant, not derived from a probability).</summary>
    public bool IsGradient(IOperation operation) => IsGradientFactor(operation);

    /// <summary>The buffer variable an element reference or view belongs to.</summary>
    public ISymbol? BufferOf(IOperation operation) => RootOf(operation);

    /// <summary>The number of writes of a variable in this method (declarations with initialisers included).</summary>
    public int WriteCount(ISymbol symbol) => WritesOf(symbol).Count;

    /// <summary>The value of a variable's only write, or null when it is written more or less than once.</summary>
    public IOperation? SingleDefinition(ISymbol symbol) => WritesOf(symbol) is { Count: 1 } writes ? writes[0].Value : null;

    /// <summary>Every element write into <paramref name="root"/>: the write, its target and its value (null for ++).</summary>
    public IEnumerable<(IOperation Write, IOperation Target, IOperation? Value)> ElementWritesTo(ISymbol root) =>
        ElementWritesInto(root).Select(write => (write.Operation, write.Target, write.Value));

    /// <summary>The loop a variable steps through at <paramref name="read"/> (its induction loop), or null.</summary>
    public IOperation? LoopOfVariable(ISymbol symbol, IOperation read) => InductionLoop(symbol, read);

    /// <summary>True when some write folds values into the variable (a max or sum accumulator).</summary>
    public bool IsReduction(ISymbol symbol) => IsAccumulator(symbol);

    /// <summary>True when <paramref name="divisor"/> reads a sum of exps.</summary>
    public bool DividesBySumOfExps(IOperation divisor) => IsSumOfExps(divisor);

    /// <summary>The product factors of an expression (through parentheses and conversions).</summary>
    public static IReadOnlyList<IOperation> ProductFactors(IOperation product) => Factors(product);

    /// <summary>Every operation of the method, in tree order.</summary>
    public IReadOnlyList<IOperation> Operations => _operations;

    /// <summary>Every probability-by-probability product over two loops of the same axis (Jacobian entries).</summary>
    public IReadOnlyList<OuterProduct> JacobianEntries => OuterProducts;

    /// <summary>The loops an element target's index depends on, per index position.</summary>
    public IReadOnlyList<HashSet<IOperation>> IndexLoopsOf(IOperation target) => IndexLoops(target);

    /// <summary>True when both operands are the same value written twice.</summary>
    public static bool IsSameValue(IOperation first, IOperation second) => SameValue(first, second);
}
