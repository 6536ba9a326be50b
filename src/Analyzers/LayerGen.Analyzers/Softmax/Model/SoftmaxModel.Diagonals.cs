using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The diagonal-only softmax derivative (LG0007): <c>y(1 − y)</c> of a probability used as the whole derivative —
/// multiplied element-wise by an upstream gradient, returned as "the derivative", or stored per element. Written as
/// <c>y * (1 - y)</c>, <c>(1 - y) * y</c>, <c>y - y * y</c>, <c>(e * S - e * e) / (S * S)</c> with S a sum of exps, a
/// same-type helper that returns <c>v * (1 - v)</c>, or the diagonal <c>J[i, i]</c> of a materialised Jacobian.
/// The diagonal branch of a full Jacobian (<c>i == j ? y[i] * (1 - y[i]) : …</c>) and methods that also compute the
/// off-diagonal terms (an outer product, or the dot product ⟨y, dy⟩ in the same statement) are not this bug.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private List<DiagonalDerivative>? _diagonals;
    private readonly Dictionary<IMethodSymbol, bool> _diagonalHelpers = new(SymbolEqualityComparer.Default);

    /// <summary>Every diagonal-only derivative used as the softmax's derivative, in source order.</summary>
    public IReadOnlyList<DiagonalDerivative> DiagonalDerivatives => _diagonals ??= OnlyIfCompiles(FindDiagonals());

    private List<DiagonalDerivative> FindDiagonals()
    {
        var result = new List<DiagonalDerivative>();
        if (HasErrors)
        {
            return result;
        }

        var jacobianBuffers = new HashSet<ISymbol>(JacobianBuffers, SymbolEqualityComparer.Default);
        var seen = new HashSet<IOperation>();
        foreach (var operation in _operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (DiagonalCore(operation, jacobianBuffers) is not { } core || !seen.Add(core.Expression))
            {
                continue;
            }

            var product = Unwrap(ProductAround(core.Expression))!;
            var gradient = Factors(product).Where(factor => !core.Parts.Any(part => Contains(part, factor)) && IsGradientFactor(factor)).ToList();
            if (gradient.Count == 0)
            {
                gradient = GradientTimesLocal(product);
            }

            var use = gradient.Count > 0 ? DiagonalUse.TimesGradient
                : ParentValue(UnwrapUp(product)) is IReturnOperation ? DiagonalUse.Returned
                : IsSingleSlotStore(product) ? DiagonalUse.Stored
                : (DiagonalUse?)null;
            if (use is null || IsPartOfFullJacobian(core, product))
            {
                continue;
            }

            result.Add(new DiagonalDerivative(product, core, use.Value, gradient));
        }

        return result;
    }

    /// <summary>The diagonal form rooted at <paramref name="operation"/>, if it is one.</summary>
    private DiagonalCore? DiagonalCore(IOperation operation, HashSet<ISymbol> jacobianBuffers)
    {
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply when ParentValue(multiply) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply }:
                var factors = Factors(multiply);
                foreach (var factor in factors)
                {
                    if (IsProbabilityOperand(factor) && factors.FirstOrDefault(other => other != factor && IsOneMinus(other, factor)) is { } complement)
                    {
                        return new DiagonalCore(multiply, factor, DiagonalKind.ProbabilityTimesComplement, factor, complement);
                    }
                }

                return null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract
                when IsProbabilityOperand(subtract.LeftOperand) && IsSquareOf(subtract.RightOperand, subtract.LeftOperand):
                return new DiagonalCore(subtract, Unwrap(subtract.LeftOperand)!, DiagonalKind.ProbabilityMinusSquare);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide when ExpFormNumerator(divide) is { } exp:
                return new DiagonalCore(divide, exp, DiagonalKind.ExpQuotient);
            case IInvocationOperation { Arguments.Length: 1 } call when IsProbabilityOperand(call.Arguments[0].Value) && IsDiagonalHelper(call.TargetMethod):
                return new DiagonalCore(call, Unwrap(call.Arguments[0].Value)!, DiagonalKind.Helper);
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
                when RootOf(operation) is { } root && jacobianBuffers.Contains(root) && !IsWriteTarget(operation) && IsDiagonalRead(operation):
                return new DiagonalCore(operation, operation, DiagonalKind.JacobianDiagonal);
            default:
                return null;
        }
    }

    /// <summary>A probability as an operand: a read of one (not an accumulator), or a division of an exp by its sum.</summary>
    private bool IsProbabilityOperand(IOperation operand)
    {
        operand = Unwrap(operand)!;
        return operand switch
        {
            IArrayElementReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
                => IsProbabilityValue(operand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide => HasLogitExps(Eval(divide.LeftOperand)) && IsNormalisingSum(divide.RightOperand),
            IInvocationOperation call => HelperValue(call) is not null,
            _ => false,
        };
    }

    /// <summary><c>p * p</c> or <c>Math.Pow(p, 2)</c>.</summary>
    private static bool IsSquareOf(IOperation operation, IOperation probability) => Unwrap(operation) switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } square => SameValue(square.LeftOperand, probability) && SameValue(square.RightOperand, probability),
        IInvocationOperation { TargetMethod.Name: "Pow", Arguments.Length: 2 } pow => SameValue(pow.Arguments[0].Value, probability)
            && Unwrap(pow.Arguments[1].Value)!.ConstantValue is { HasValue: true, Value: { } exponent }
            && System.Convert.ToDouble(exponent, System.Globalization.CultureInfo.InvariantCulture) == 2.0,
        _ => false,
    };

    /// <summary>
    /// <c>(e * S - e * e) / (S * S)</c> or <c>e * (S - e) / (S * S)</c> (any operand order) with <c>e</c> an exp and
    /// <c>S</c> a sum of exps: <c>p − p²</c> written before dividing. Returns <c>e</c>.
    /// </summary>
    private IOperation? ExpFormNumerator(IBinaryOperation divide)
    {
        if (Unwrap(divide.RightOperand) is not { } denominator || !IsSquareOfSum(denominator, out var sum))
        {
            return null;
        }

        switch (Unwrap(divide.LeftOperand))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                var first = Factors(subtract.LeftOperand);
                var second = Factors(subtract.RightOperand);
                if (first.Count == 2 && second.Count == 2 && SameValue(second[0], second[1]) && Eval(second[0]).Exps.Count > 0
                    && first.Any(factor => SameValue(factor, second[0])) && first.Any(factor => SameValue(factor, sum)))
                {
                    return second[0];
                }

                return null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply:
                var factors = Factors(multiply);
                foreach (var factor in factors)
                {
                    if (Eval(factor).Exps.Count > 0 && factors.Any(other => Unwrap(other) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                        && SameValue(difference.LeftOperand, sum) && SameValue(difference.RightOperand, factor)))
                    {
                        return factor;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private bool IsSquareOfSum(IOperation operation, out IOperation sum)
    {
        sum = operation;
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } square when SameValue(square.LeftOperand, square.RightOperand):
                sum = Unwrap(square.LeftOperand)!;
                return IsNormalisingSum(sum);
            case IInvocationOperation { TargetMethod.Name: "Pow", Arguments.Length: 2 } pow when IsSquareOf(pow, pow.Arguments[0].Value):
                sum = Unwrap(pow.Arguments[0].Value)!;
                return IsNormalisingSum(sum);
            default:
                return false;
        }
    }

    /// <summary>A method of the same type whose body only returns <c>v * (1 - v)</c> (or <c>v - v * v</c>) of its parameter.</summary>
    private bool IsDiagonalHelper(IMethodSymbol method)
    {
        if (method.Parameters.Length != 1 || method.DeclaringSyntaxReferences.Length != 1 || ModelFor(method.DeclaringSyntaxReferences[0].SyntaxTree) is not { } semanticModel
            || !IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree) || Owner is not { ContainingType: { } type }
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, type.OriginalDefinition))
        {
            return false;
        }

        if (_diagonalHelpers.TryGetValue(method, out var known))
        {
            return known;
        }

        _diagonalHelpers[method] = false;
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var returned = semanticModel.GetOperation(syntax, _cancellationToken)?.DescendantsAndSelf().OfType<IReturnOperation>().Select(r => r.ReturnedValue).ToList();
        var isHelper = returned is { Count: 1 } && Unwrap(returned[0]) is { } value && IsInSource(value.Syntax.SyntaxTree)
            && (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
                    && Factors(product) is { Count: 2 } pair && pair.Any(factor => Unwrap(factor) is IParameterReferenceOperation parameter && pair.Any(other => IsOneMinus(other, parameter)))
                || value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                    && Unwrap(difference.LeftOperand) is IParameterReferenceOperation && IsSquareOf(difference.RightOperand, difference.LeftOperand));
        _diagonalHelpers[method] = isHelper;
        return isHelper;
    }

    /// <summary><c>J[i, i]</c>, <c>J[i][i]</c> or <c>J[i * n + i]</c>: an element of a Jacobian buffer read by one loop only.</summary>
    private bool IsDiagonalRead(IOperation read)
    {
        var loops = IndexLoops(read);
        return loops.Count >= 1 && loops.SelectMany(set => set).Distinct().Count() == 1
            && (loops.Count >= 2 || Linear(IndexOf(read)).Terms.Values.Any(stride => stride.Equals(Stride.Unknown)));
    }

    private static IOperation? IndexOf(IOperation read) => Unwrap(read) switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } element => element.Indices[0],
        IPropertyReferenceOperation { Arguments.Length: 1 } indexer => indexer.Arguments[0].Value,
        _ => null,
    };

    private static bool IsWriteTarget(IOperation operation) =>
        operation.Parent is IAssignmentOperation assignment && assignment.Target == operation
        || operation.Parent is IIncrementOrDecrementOperation;

    /// <summary>Stored into one element of a buffer indexed by one loop (<c>derivative[i] = …</c>), not into a Jacobian.</summary>
    private bool IsSingleSlotStore(IOperation product) =>
        ParentValue(UnwrapUp(product)) is ISimpleAssignmentOperation assignment && IsElementAccess(Unwrap(assignment.Target)!)
        && IndexLoops(assignment.Target).SelectMany(loops => loops).Distinct().Count() >= 1
        && IndexLoops(assignment.Target) is var positions && !(positions.Count >= 2 && positions.All(position => position.Count == 1) && positions.Select(p => p.First()).Distinct().Count() == 1);

    /// <summary>
    /// The diagonal of a full Jacobian: stored into an n×n buffer, on the <c>i == j</c> branch, next to an outer product
    /// of the same probabilities in this method, or combined with the dot product ⟨y, dy⟩ in the same statement.
    /// </summary>
    private bool IsPartOfFullJacobian(DiagonalCore core, IOperation product)
    {
        if (core.Kind == DiagonalKind.JacobianDiagonal)
        {
            return Jacobians.Any(use => use.Buffer is not null && SymbolEqualityComparer.Default.Equals(use.Buffer, RootOf(core.Expression)));
        }

        if (OnDiagonalBranch(core.Expression) || OuterProducts.Count > 0)
        {
            return true;
        }

        if (ParentValue(UnwrapUp(product)) is IAssignmentOperation assignment && IsElementAccess(Unwrap(assignment.Target)!)
            && IndexLoops(assignment.Target).Count >= 2 && IndexLoops(assignment.Target).All(position => position.Count == 1)
            && IndexLoops(assignment.Target).Select(position => position.First()).Distinct().Count() == 1)
        {
            return true;
        }

        var statement = product;
        while (statement.Parent is { } parent && parent is not (IExpressionStatementOperation or IReturnOperation or IVariableDeclaratorOperation or IBlockOperation))
        {
            statement = parent;
        }

        return statement.DescendantsAndSelf().Any(operation => VariableOf(operation) is { } variable && !WellKnownSymbols.IsBuffer(operation.Type)
            && IsAccumulator(variable) && Eval(operation).IsProbability);
    }
}

/// <summary>How a diagonal form is written.</summary>
internal enum DiagonalKind
{
    /// <summary><c>y * (1 - y)</c>, in any order, inside a longer product.</summary>
    ProbabilityTimesComplement,

    /// <summary><c>y - y * y</c> or <c>y - Math.Pow(y, 2)</c>.</summary>
    ProbabilityMinusSquare,

    /// <summary><c>(e * S - e * e) / (S * S)</c>.</summary>
    ExpQuotient,

    /// <summary>A helper of the type that returns <c>v * (1 - v)</c>.</summary>
    Helper,

    /// <summary><c>J[i, i]</c> of a materialised Jacobian.</summary>
    JacobianDiagonal,
}

/// <summary>What the diagonal is used as.</summary>
internal enum DiagonalUse
{
    /// <summary>Multiplied element-wise by an upstream gradient.</summary>
    TimesGradient,

    /// <summary>Returned as the derivative.</summary>
    Returned,

    /// <summary>Stored per element as the derivative.</summary>
    Stored,
}

/// <summary>A diagonal form: the expression, its probability and the factors it consists of.</summary>
internal sealed class DiagonalCore
{
    public DiagonalCore(IOperation expression, IOperation probability, DiagonalKind kind, params IOperation[] parts)
    {
        Expression = expression;
        Probability = probability;
        Kind = kind;
        Parts = parts.Length == 0 ? new[] { expression } : parts;
    }

    /// <summary>The factors that make up the diagonal (the rest of the product is the gradient).</summary>
    public IReadOnlyList<IOperation> Parts { get; }

    public IOperation Expression { get; }

    public IOperation Probability { get; }

    public DiagonalKind Kind { get; }
}

/// <summary>A diagonal-only softmax derivative and how it is used.</summary>
internal sealed class DiagonalDerivative
{
    public DiagonalDerivative(IOperation product, DiagonalCore core, DiagonalUse use, IReadOnlyList<IOperation> gradient)
    {
        Product = product;
        Core = core;
        Use = use;
        Gradient = gradient;
    }

    /// <summary>The diagonal form and the factors it is made of.</summary>
    public DiagonalCore Core { get; }

    /// <summary>The whole product the diagonal is a factor of (<c>dy[i] * y[i] * (1 - y[i])</c>); where it is reported.</summary>
    public IOperation Product { get; }

    /// <summary>The diagonal form itself.</summary>
    public IOperation Diagonal => Core.Expression;

    /// <summary>The probability <c>y</c> (or the exp <c>e</c> of the quotient form, or the Jacobian read).</summary>
    public IOperation Probability => Core.Probability;

    public DiagonalKind Kind => Core.Kind;

    public DiagonalUse Use { get; }

    /// <summary>The upstream-gradient factors of <see cref="Product"/>.</summary>
    public IReadOnlyList<IOperation> Gradient { get; }
}
