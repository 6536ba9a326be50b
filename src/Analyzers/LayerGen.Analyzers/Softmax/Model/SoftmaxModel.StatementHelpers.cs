using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Arithmetic helpers whose body has statements (<c>double GetExponent(double q) { if (q != 0) return q / tau; return 0; }</c>):
/// guard clauses and early returns, <c>if</c>/<c>else</c>, locals computed once and returned (<c>var z = v / tau; return z;</c>),
/// <c>throw</c>. Each returned expression is arithmetic as for a one-expression helper (<see cref="IsArithmeticOf"/>),
/// and the helper's value at a call is the join of its returned values with the arguments substituted: raw when a
/// returned value is raw and none is shifted, as a <c>?:</c> written inline is. A return of a parameter or local that
/// its branch conditions bound from above (<c>if (v &gt; 0) return 0; return v;</c>) is clamped like <c>Math.Min(v, 0)</c>.
/// Loops, other statements, writes, <c>ref</c>/<c>out</c> parameters, overridable methods and methods of other types
/// are not read (such a call stays what it was: a summarised helper or an unknown value).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>A statement helper with more syntax nodes than this is not read.</summary>
    private const int MaxStatementHelperNodes = 200;

    /// <summary>Per own local of a read statement helper: whether its initialiser reads a parameter of the helper.</summary>
    private readonly Dictionary<ILocalSymbol, bool> _helperLocalReads = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The returns of <paramref name="method"/>'s statement body <paramref name="body"/> when every statement is one this
    /// type reads (see the type remarks) and some returned value reads a parameter; null otherwise.
    /// </summary>
    private HelperReturns? StatementHelperReturns(IMethodSymbol method, IBlockOperation body)
    {
        if (!MayReadStatementBody(method) || body.Syntax.DescendantNodes().Skip(MaxStatementHelperNodes).Any())
        {
            return null;
        }

        var locals = ImmutableArray.CreateBuilder<(ILocalSymbol, IOperation)>();
        var returns = ImmutableArray.CreateBuilder<HelperReturn>();
        var readsParameter = false;
        return CollectReturns(body, method, ImmutableArray<PathCondition>.Empty, locals, returns, ref readsParameter) && readsParameter && returns.Count > 0
            ? new HelperReturns(body, locals.ToImmutable(), returns.ToImmutable())
            : null;
    }

    /// <summary>
    /// True for a helper whose body is the code a call runs: a local function or lambda, or a non-overridable, non-extern
    /// method of the analysed method's type; every parameter passed by value.
    /// </summary>
    private bool MayReadStatementBody(IMethodSymbol method)
    {
        if (method.Parameters.Any(parameter => parameter.RefKind != RefKind.None))
        {
            return false;
        }

        return IsLocalHelper(method)
            || method is { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false }
            && Owner is { ContainingType: { } type }
            && SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, type.OriginalDefinition);
    }

    /// <summary>
    /// Walks <paramref name="statement"/> under the branch outcomes <paramref name="path"/>: collects declared locals
    /// and returned values; false at the first statement or expression the helper reading does not understand.
    /// </summary>
    private bool CollectReturns(
        IOperation statement,
        IMethodSymbol method,
        ImmutableArray<PathCondition> path,
        ImmutableArray<(ILocalSymbol, IOperation)>.Builder locals,
        ImmutableArray<HelperReturn>.Builder returns,
        ref bool readsParameter)
    {
        switch (statement)
        {
            case IBlockOperation block:
                var current = path;
                foreach (var inner in block.Operations)
                {
                    if (!CollectReturns(inner, method, current, locals, returns, ref readsParameter))
                    {
                        return false;
                    }

                    // A guard clause (if (c) return …; / throw …;): what follows runs only where c does not hold.
                    if (inner is IConditionalOperation { WhenFalse: null } guard && AlwaysExits(guard.WhenTrue))
                    {
                        current = current.Add(new PathCondition(guard, holds: false));
                    }
                }

                return true;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.GetVariableInitializer()?.Value;
                        var localReads = false;
                        if (initializer is null || !WellKnownSymbols.IsNumeric(declarator.Symbol.Type) || !IsArithmeticOf(initializer, method, ref localReads))
                        {
                            return false;
                        }

                        _helperLocalReads[declarator.Symbol] = localReads;
                        locals.Add((declarator.Symbol, initializer));
                    }
                }

                return true;
            case IConditionalOperation branch:
                return IsSideEffectFree(branch.Condition, method)
                    && CollectReturns(branch.WhenTrue, method, path.Add(new PathCondition(branch, holds: true)), locals, returns, ref readsParameter)
                    && (branch.WhenFalse is null || CollectReturns(branch.WhenFalse, method, path.Add(new PathCondition(branch, holds: false)), locals, returns, ref readsParameter));
            case IReturnOperation { ReturnedValue: { } value }:
                if (!IsArithmeticOf(value, method, ref readsParameter))
                {
                    return false;
                }

                returns.Add(new HelperReturn(value, path));
                return true;
            case IExpressionStatementOperation { Operation: IThrowOperation { Exception: var thrown } }:
                return thrown is null || IsSideEffectFree(thrown, method, allowCreation: true);
            case IThrowOperation { Exception: var rethrown }:
                return rethrown is null || IsSideEffectFree(rethrown, method, allowCreation: true);
            case IEmptyOperation:
                return true;
            default:
                return false;
        }
    }

    /// <summary>True when control never leaves <paramref name="statement"/> normally: it returns or throws on every path.</summary>
    private static bool AlwaysExits(IOperation statement) => statement switch
    {
        IReturnOperation or IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBlockOperation { Operations: { Length: > 0 } operations } => AlwaysExits(operations[operations.Length - 1]),
        IConditionalOperation { WhenFalse: { } whenFalse } branch => AlwaysExits(branch.WhenTrue) && AlwaysExits(whenFalse),
        _ => false,
    };

    /// <summary>
    /// True when evaluating <paramref name="operation"/> (a branch condition, a thrown exception) writes nothing: no
    /// assignment or increment, calls only of library functions and of arithmetic helpers (an exception's construction
    /// when <paramref name="allowCreation"/>).
    /// </summary>
    private bool IsSideEffectFree(IOperation operation, IMethodSymbol method, bool allowCreation = false)
    {
        foreach (var part in operation.DescendantsAndSelf())
        {
            switch (part)
            {
                case IAssignmentOperation or IIncrementOrDecrementOperation or IAnonymousFunctionOperation or IDelegateCreationOperation:
                    return false;
                case IObjectCreationOperation when !allowCreation:
                    return false;
                case IInvocationOperation call when !(call.TargetMethod.IsStatic && call.TargetMethod.ContainingNamespace?.ToDisplayString() == "System")
                    && (SymbolEqualityComparer.Default.Equals(CalleeOf(call), method) || ArithmeticBody(CalleeOf(call)) is null):
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The join of <paramref name="returns"/>' returned values (the helper's parameters and locals already bound), each
    /// <c>?:</c> read arm by arm: a returned read of a variable its path bounds from above counts as clamped.
    /// </summary>
    private ValueFacts ReturnedValues(HelperReturns returns)
    {
        var facts = ValueFacts.Empty;
        foreach (var returned in returns.Returns)
        {
            facts = facts.Merge(ReturnedValue(returned.Value, returned.Path));
        }

        return facts;
    }

    private ValueFacts ReturnedValue(IOperation value, ImmutableArray<PathCondition> path)
    {
        var unwrapped = Unwrap(value);
        if (unwrapped is IConditionalOperation { WhenFalse: { } whenFalse } choice && choice.Type is not null)
        {
            return ReturnedValue(choice.WhenTrue, path.Add(new PathCondition(choice, holds: true)))
                .Merge(ReturnedValue(whenFalse, path.Add(new PathCondition(choice, holds: false))));
        }

        var facts = Eval(value);
        if (facts.RawRoots.Count > 0 && VariableOf(unwrapped) is { } variable && variable is IParameterSymbol or ILocalSymbol)
        {
            foreach (var condition in path)
            {
                if (ProvesAtMostConstant(condition.Branch.Condition, condition.Holds, variable))
                {
                    // Returned only where it is at most a constant: clamped as by Math.Min(v, c) (the branch stands for the clamp).
                    return facts.With(shifts: facts.Shifts.Add(condition.Branch));
                }
            }
        }

        return facts;
    }

    /// <summary>
    /// True when <paramref name="condition"/> having the value <paramref name="holds"/> proves <paramref name="variable"/>
    /// at most a constant: <c>v &lt; c</c>, <c>v &lt;= c</c>, <c>v == c</c> (mirrored operands too), the negation of
    /// <c>v &gt; c</c> / <c>v &gt;= c</c>, a conjunction that holds (either side), a disjunction that fails (either side).
    /// </summary>
    private static bool ProvesAtMostConstant(IOperation condition, bool holds, ISymbol variable)
    {
        switch (Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return ProvesAtMostConstant(not.Operand, !holds, variable);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical
                when holds == (logical.OperatorKind == BinaryOperatorKind.ConditionalAnd):
                return ProvesAtMostConstant(logical.LeftOperand, holds, variable) || ProvesAtMostConstant(logical.RightOperand, holds, variable);
            case IBinaryOperation comparison:
                var kind = holds ? comparison.OperatorKind : Negate(comparison.OperatorKind);
                if (References(Unwrap(comparison.LeftOperand), variable) && ConstantOf(comparison.RightOperand) is not null)
                {
                    return kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.Equals;
                }

                if (References(Unwrap(comparison.RightOperand), variable) && ConstantOf(comparison.LeftOperand) is not null)
                {
                    return Mirror(kind) is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.Equals;
                }

                return false;
            default:
                return false;
        }
    }
}
